package org.dyad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.DictionaryFiles;
import org.dyad.coder.dictionary.DictionarySource;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.model.DyadInputException;

/**
 * Which coder made an event: the release, and a hash of everything that decides what it codes
 * (each dictionary file, the CAMEO and conflict-type tables, the gazetteer, the CoreNLP and
 * embedding model versions, the exemplar bank when the learned typer is on). Stored with every
 * event, so a series can tell events of different coders apart and {@code dyad recode} knows which
 * articles a new coder has not coded yet. Shown as {@code 0.1.0-SNAPSHOT+1a2b3c4d5e6f}.
 *
 * @param release the Dyad release
 * @param hash the first 12 hex digits of the SHA-256 of the coder's inputs
 */
public record CoderVersion(String release, String hash) {
  private static final String[] TABLES = {
    "/org/dyad/ontology/cameo-codes.tsv", "/org/dyad/ontology/conflict-types.tsv", "/org/dyad/places/gazetteer.tsv.gz",
    "/org/dyad/places/features.tsv", "/org/dyad/places/us-states.tsv"};
  private static final String EXEMPLARS = "/org/dyad/typer/exemplars.tsv";

  /** The version of the coder these settings build, computed from the files alone: no model is loaded. */
  public static CoderVersion of(Pipeline.Settings settings) throws DyadInputException {
    Properties release = releaseProperties();
    MessageDigest digest = sha256();
    DictionarySource dictionaries = settings.dictionaries() == null ? new BuiltInDictionaries()
        : new DirectoryDictionaries(settings.dictionaries(), new BuiltInDictionaries());
    for (String name : DictionaryFiles.names()) {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update(dictionary(dictionaries, name, settings.dictionaries()));
    }
    for (String table : TABLES) {
      digest.update(resource(table));
    }
    digest.update(("corenlp " + release.getProperty("corenlp")).getBytes(StandardCharsets.UTF_8));
    // The parser's model runs on Dyad's float32 inference, whose parses may differ from CoreNLP's on a near-tie.
    digest.update("parser inference dyad-float32".getBytes(StandardCharsets.UTF_8));
    if (settings.hybrid()) {
      digest.update(("embeddings " + release.getProperty("embeddings")).getBytes(StandardCharsets.UTF_8));
      digest.update(resource(EXEMPLARS));
    }
    return new CoderVersion(release.getProperty("release"), HexFormat.of().formatHex(digest.digest()).substring(0, 12));
  }

  @Override
  public String toString() {
    return release + "+" + hash;
  }

  private static byte[] dictionary(DictionarySource source, String name, Path directory) throws DyadInputException {
    try (Reader in = source.open(name)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
      return text.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DyadInputException((directory == null ? name : directory.resolve(name)) + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = CoderVersion.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  private static Properties releaseProperties() {
    Properties p = new Properties();
    try (InputStream in = CoderVersion.class.getResourceAsStream("release.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource release.properties beside " + CoderVersion.class.getName());
      }
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read release.properties", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
