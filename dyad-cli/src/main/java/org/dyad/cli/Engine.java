package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coder.ArticleCoder;
import org.dyad.places.Gazetteer;
import org.dyad.geo.GeoLocator;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.model.DyadInputException;
import org.dyad.nlp.CoreNlpBackend;

/** Builds the coder once per command: dictionaries first (fast, may fail on bad input), then the models. */
final class Engine {
  private Engine() {}

  static Dictionaries dictionaries(Path directory) throws IOException {
    if (directory == null) {
      return Dictionaries.builtIn();
    }
    if (!Files.isDirectory(directory)) {
      throw new DyadInputException(directory + ": --dictionaries must name a directory");
    }
    return Dictionaries.load(new DirectoryDictionaries(directory, new BuiltInDictionaries()));
  }

  /**
   * Starts loading the gazetteer (most of a second) on another thread, so that it overlaps with
   * loading the CoreNLP models; {@link #locator(CompletableFuture)} waits for it.
   */
  static CompletableFuture<Gazetteer> gazetteerLoading() {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return Gazetteer.load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static Gazetteer gazetteer(CompletableFuture<Gazetteer> loading) throws IOException {
    try {
      return loading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException("cannot load the gazetteer", e.getCause());
    }
  }

  static GeoLocator locator(CompletableFuture<Gazetteer> loading) throws IOException {
    return new GeoLocator(gazetteer(loading));
  }

  /** The coder: dictionaries, then the CoreNLP models while the gazetteer loads beside them. */
  static ArticleCoder coder(Path dictionaryDirectory, CompletableFuture<Gazetteer> gazetteer) throws IOException {
    Dictionaries dictionaries = dictionaries(dictionaryDirectory);
    CoreNlpBackend nlp = new CoreNlpBackend();
    return new ArticleCoder(nlp, dictionaries, gazetteer(gazetteer));
  }
}
