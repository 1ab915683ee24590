package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coder.ArticleCoder;
import org.dyad.geo.Gazetteer;
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

  /** The gazetteer and the locator over it; loading takes about a second. */
  static GeoLocator locator() throws IOException {
    return new GeoLocator(Gazetteer.load());
  }

  static ArticleCoder coder(Path dictionaryDirectory) throws IOException {
    Dictionaries dictionaries = dictionaries(dictionaryDirectory);
    return new ArticleCoder(new CoreNlpBackend(), dictionaries);
  }
}
