package org.dyad.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Writes the gazetteer's binary index ({@link PlaceIndex}) from {@code gazetteer.tsv.gz} under a
 * classes directory, so that it ships in the {@code dyad-places} jar and start-up reads it instead
 * of the text. The build runs it after compiling (exec-maven-plugin, phase {@code
 * process-classes}); it does nothing when the index is newer than the text and of this layout's version.
 *
 * <pre>
 * java -cp ... org.dyad.places.BuildGazetteer target/classes
 * </pre>
 */
public final class BuildGazetteer {
  private BuildGazetteer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BuildGazetteer CLASSES-DIRECTORY");
      System.exit(2);
    }
    Path directory = Path.of(args[0]).resolve(Gazetteer.class.getPackageName().replace('.', '/'));
    Path text = directory.resolve(Gazetteer.TEXT);
    Path out = directory.resolve(Gazetteer.BINARY);
    if (!Files.isRegularFile(text)) {
      throw new IllegalStateException("gazetteer text not found: " + text);
    }
    if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(text)) > 0 && current(out)) {
      return;
    }
    byte[] index;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(text), 1 << 16), StandardCharsets.UTF_8))) {
      index = Gazetteer.indexOf(reader);
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.write(tmp, index);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Whether an index was written in this build's layout (an older one is written again, however new). */
  private static boolean current(Path index) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(index)) {
      return PlaceIndex.current(in.readNBytes(PlaceIndex.HEADER));
    }
  }
}
