package org.dyad.pipeline;

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
import org.dyad.nlp.ParserChoice;
import org.dyad.coder.typing.EventTyper;
import org.dyad.typer.EmbeddingTyper;

/**
 * Loads what the coder is built from, once per process: the CoreNLP models, dictionaries (fast,
 * may fail on bad input), the gazetteer and the learned typer (only for hybrid typing) side by side. {@link
 * Pipeline#load} uses it; so does {@code dyad eval}, which builds its own coders from the parts.
 */
public final class Engine {
  private Engine() {}

  /**
   * Runs a load on a thread of its own. Not the common pool: on two cores it has one worker, so
   * the gazetteer, the models and the typer loaded one after another there.
   */
  private static void startThread(Runnable load) {
    Thread thread = new Thread(load, "dyad-load");
    thread.setDaemon(true);
    thread.start();
  }

  public static Dictionaries dictionaries(Path directory) throws IOException {
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
  public static CompletableFuture<Gazetteer> gazetteerLoading() {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return Gazetteer.load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, Engine::startThread);
  }

  public static Gazetteer gazetteer(CompletableFuture<Gazetteer> loading) throws IOException {
    try {
      return loading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException("cannot load the gazetteer", e.getCause());
    }
  }

  public static GeoLocator locator(CompletableFuture<Gazetteer> loading) throws IOException {
    return new GeoLocator(gazetteer(loading));
  }

  /** Starts loading the learned typer (model and exemplars, about a second) when hybrid typing is asked for. */
  public static CompletableFuture<EventTyper> typerLoading(boolean hybrid) {
    return hybrid ? CompletableFuture.supplyAsync(EmbeddingTyper::load, Engine::startThread)
        : CompletableFuture.completedFuture(null);
  }

  /** The coder of the rules alone: dictionaries, then the CoreNLP models while the gazetteer loads beside them. */
  public static ArticleCoder coder(Path dictionaryDirectory, CompletableFuture<Gazetteer> gazetteer) throws IOException {
    return coder(dictionaryDirectory, gazetteer, CompletableFuture.completedFuture(null));
  }

  /**
   * The coder, with the learned typer when one is loading: the CoreNLP models start loading
   * first, on another thread, since they take longest; dictionaries, gazetteer and typer load
   * beside them. Bad dictionaries still fail before anything waits for the models.
   */
  public static ArticleCoder coder(Path dictionaryDirectory, CompletableFuture<Gazetteer> gazetteer, CompletableFuture<EventTyper> typer)
      throws IOException {
    return coder(dictionaryDirectory, gazetteer, typer, ParserChoice.DYAD);
  }

  /** As {@link #coder(Path, CompletableFuture, CompletableFuture)}, the dependency parser run by the inference chosen. */
  public static ArticleCoder coder(Path dictionaryDirectory, CompletableFuture<Gazetteer> gazetteer, CompletableFuture<EventTyper> typer,
      ParserChoice parser) throws IOException {
    CompletableFuture<CoreNlpBackend> nlp = CompletableFuture.supplyAsync(() -> new CoreNlpBackend(parser), Engine::startThread);
    Dictionaries dictionaries = dictionaries(dictionaryDirectory);
    return new ArticleCoder(nlp.join(), dictionaries, gazetteer(gazetteer), typer.join());
  }
}
