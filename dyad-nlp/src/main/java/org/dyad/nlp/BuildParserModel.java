package org.dyad.nlp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the binary copy of CoreNLP's English UD parser model ({@link ParserModel#writeBinary})
 * under a classes directory, so that it ships in the {@code dyad-nlp} jar and start-up skips
 * parsing 6.5 million decimal numbers. The build runs it after compiling (exec-maven-plugin, phase
 * {@code process-classes}); it does nothing when the copy is newer than the models jar.
 *
 * <pre>
 * java -cp ... org.dyad.nlp.BuildParserModel target/classes
 * </pre>
 */
public final class BuildParserModel {
  private BuildParserModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BuildParserModel CLASSES-DIRECTORY");
      System.exit(2);
    }
    Path out = Path.of(args[0]).resolve(ParserModel.binaryResource(ParserWeights.ENGLISH_UD));
    URL source = BuildParserModel.class.getClassLoader().getResource(ParserWeights.ENGLISH_UD);
    if (source == null) {
      throw new IllegalStateException("parser model not on the classpath: " + ParserWeights.ENGLISH_UD);
    }
    Path jar = jarOf(source);
    if (Files.exists(out) && jar != null && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(jar)) > 0) {
      return;
    }
    ParserModel model = ParserModel.loadText(ParserWeights.ENGLISH_UD);
    Files.createDirectories(out.getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      model.writeBinary(o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The jar a resource comes from, or null when it is not in a jar file. */
  private static Path jarOf(URL resource) {
    String url = resource.toString();
    if (!url.startsWith("jar:file:")) {
      return null;
    }
    try {
      return Path.of(new java.net.URI(url.substring(4, url.indexOf("!/"))));
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
