package org.dyad.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;
import org.dyad.nlp.ParserChoice;
import org.dyad.store.ReportMeaning;
import org.dyad.store.StoredArticle;
import org.dyad.store.SharedStore;
import org.dyad.typer.EmbeddingTyper;

/**
 * Dyad's coding pipeline, the one every front end calls ({@code dyad code}, {@code dyad ingest},
 * the server's {@code POST /api/ingest}, the Spark job): build the coder once with {@link #load},
 * then {@link #code} batches of articles, or {@link #ingest} them into an {@code EventStore}, which
 * sorts out the articles already stored and the near-duplicates before coding the rest.
 *
 * <p>Thread-safe: the coder, locator and gazetteer it holds are, and every call runs on its own
 * worker pool of {@link Settings#threads} threads; {@link #ingest} calls of several threads code side
 * by side and share the store's commits ({@link SharedStore#inGroup}). Loading takes seconds and
 * about 500 MB of heap, so load one per process (in Spark, one per executor JVM) and pass it in.
 *
 * {@snippet :
 * Pipeline pipeline = Pipeline.load(new Pipeline.Settings(null, false, 2));
 * List<Article> articles = List.of(new Article("a1", "wire", "", LocalDate.of(2024, 11, 18),
 *     "Russia warned NATO on Monday against sending troops to Ukraine."));
 * for (ArticleResult r : pipeline.code(articles).results()) {
 *   r.events().forEach(e -> System.out.println(e.code().code()));
 * }
 * try (EventStore store = DuckDbStore.open(Path.of("events.duckdb"))) {
 *   Pipeline.Ingested done = pipeline.ingest(articles, new SharedStore(store)); // again: nothing new
 * }
 * }
 */
public final class Pipeline {
  private final CodingRun run;
  private final Settings settings;
  /** Computed on first use: hashing the dictionaries and tables is of no use to a run that stores nothing. */
  private volatile CoderVersion version;
  /** How the store decides the fusion rule's borderline cases; {@code null}: by the rule alone (no learned typer). */
  private final ReportMeaning meaning;
  /** The ingest batches of other threads sorted and not yet saved, so that near-duplicates across them are found. */
  private final InFlight inFlight = new InFlight();

  private Pipeline(CodingRun run, Settings settings, ReportMeaning meaning) {
    this.run = run;
    this.settings = settings;
    this.meaning = meaning;
  }

  /**
   * How to build a pipeline.
   *
   * @param dictionaries a directory of Dyad-format dictionaries (files it lacks come from the
   *     built-in set), or {@code null} for the built-in set
   * @param hybrid whether the learned event typer reviews and adds to the rules' events
   * @param threads worker threads per call, at least 1
   * @param articleLimit the longest an article may take to code; one that takes longer is stopped and
   *     recorded as failed with the reason, so that one odd text cannot hold up a run
   */
  public record Settings(Path dictionaries, boolean hybrid, int threads, java.time.Duration articleLimit) {
    /** The default {@link #articleLimit}: a news article codes in well under a second. */
    public static final java.time.Duration ARTICLE_LIMIT = java.time.Duration.ofMinutes(5);

    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      if (articleLimit.isNegative() || articleLimit.isZero()) {
        throw new IllegalArgumentException("articleLimit must be positive, was " + articleLimit);
      }
    }

    /** Settings with the default {@link #ARTICLE_LIMIT}. */
    public Settings(Path dictionaries, boolean hybrid, int threads) {
      this(dictionaries, hybrid, threads, ARTICLE_LIMIT);
    }
  }

  /**
   * Loads dictionaries, CoreNLP models, gazetteer and (for hybrid typing only) the learned typer,
   * side by side. Bad dictionaries fail first, without waiting for the models, with a {@link
   * DyadInputException}. With the learned typer, the store's fusion decides its borderline cases by
   * meaning too ({@link ReportMeaning}).
   */
  public static Pipeline load(Settings settings) throws IOException {
    return load(settings, ParserChoice.DYAD);
  }

  /** As {@link #load(Settings)}, the dependency parser run by the inference chosen (CoreNLP's: to compare). */
  public static Pipeline load(Settings settings, ParserChoice parser) throws IOException {
    var gazetteer = Engine.gazetteerLoading();
    var typer = Engine.typerLoading(settings.hybrid());
    var coder = Engine.coder(settings.dictionaries(), gazetteer, typer, parser);
    ReportMeaning meaning = typer.join() instanceof EmbeddingTyper t ? new SentenceMeaning(t) : null;
    return new Pipeline(new CodingRun(coder, Engine.locator(gazetteer), settings.threads(), settings.articleLimit()),
        settings, meaning);
  }

  /**
   * How this pipeline decides the fusion rule's borderline cases: by the sentences' meaning with
   * the learned typer's embedding, or empty (rules alone: the rule decides). For fusion outside the
   * store (the Spark job), which must decide as the store does.
   */
  public java.util.Optional<ReportMeaning> meaning() {
    return java.util.Optional.ofNullable(meaning);
  }

  /**
   * Fusion by meaning alone, without the rest of the pipeline: the learned typer's sentence
   * embedding (about half a second to load), what {@link #meaning} is in a hybrid pipeline.
   */
  public static ReportMeaning loadMeaning() {
    return new SentenceMeaning(EmbeddingTyper.load());
  }

  /** The version of this pipeline's coder, stored with every event it saves. */
  public CoderVersion version() {
    try {
      return coderVersion();
    } catch (DyadInputException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private CoderVersion coderVersion() throws DyadInputException {
    CoderVersion known = version;
    if (known == null) {
      // Two threads may both compute it; they get the same value.
      known = CoderVersion.of(settings);
      version = known;
    }
    return known;
  }

  /**
   * What coding a batch gave.
   *
   * @param results each coded article with its located events (all modalities), in input order
   * @param failed each article whose coding failed (a bug, not bad input), with the reason: left
   *     out of {@code results}, so one article cannot stop a run
   */
  public record Coded(List<ArticleResult> results, List<Failed> failed) {
    public Coded {
      results = List.copyOf(results);
      failed = List.copyOf(failed);
    }

    /** One line per failed article: its id and the reason. */
    public List<String> failures() {
      return failed.stream().map(f -> f.article().id() + ": " + f.reason()).toList();
    }
  }

  /** An article whose coding failed, and why. */
  public record Failed(Article article, String reason) {}

  /** Codes and locates a batch of articles; stores nothing. */
  public Coded code(List<Article> articles) {
    return run.code(articles);
  }

  /**
   * The articles of a run that are new: not in the store and not repeating an earlier text of the
   * run (the first is kept), each with its content hash, computed once; in input order.
   */
  public record Fresh(List<Article> articles, Map<Article, String> hashes) {}

  /** Sorts out the articles of a run that are stored already or repeat an earlier one; codes nothing. */
  public static Fresh fresh(List<Article> articles, SharedStore store) throws DyadInputException {
    return BatchIngest.fresh(articles, store);
  }

  /**
   * What a batch stored.
   *
   * @param coded articles coded and stored
   * @param copies near-duplicates stored without coding
   * @param reports asserted event reports stored (those that count)
   * @param others negated, hypothetical, announced… event reports stored (kept, not counted)
   */
  public record Saved(int coded, int copies, int reports, int others) {
    /** Nothing stored. */
    public static final Saved NONE = new Saved(0, 0, 0, 0);
  }

  /**
   * Stores a batch of {@link #fresh} articles: near-duplicates (of stored articles or of earlier
   * ones of the batch) as copies, the rest coded and saved with their events, the batch's articles
   * in one transaction, in input order; an article whose coding fails is recorded with the reason
   * ({@link org.dyad.store.EventStore#saveFailed}). The store is taken only to sort and to save, not
   * while coding.
   *
   * @param hashes each article's content hash ({@link Fresh#hashes()})
   * @param problems receives a line per article that could not be coded or stored
   */
  public Saved save(List<Article> batch, Map<Article, String> hashes, SharedStore store, List<String> problems)
      throws DyadInputException {
    return BatchIngest.save(batch, hashes, run, coderVersion().toString(), meaning, store, inFlight, problems);
  }

  /**
   * What an ingest did.
   *
   * @param articles articles received
   * @param stored articles new to the store (coded, or stored as near-duplicates)
   * @param events asserted event reports added
   * @param problems per-article problems (an article that could not be coded), one line each
   */
  public record Ingested(int articles, int stored, int events, List<String> problems) {
    public Ingested {
      problems = List.copyOf(problems);
    }
  }

  /**
   * {@link #fresh} then {@link #save} in one batch: idempotent. Several threads may ingest at once
   * (the server's requests): their articles are coded side by side, their saves are committed in
   * groups ({@link SharedStore#inGroup}), and a near-duplicate of an article that another thread is
   * still coding is stored as its copy once that article is saved, as if they had come in turn.
   */
  public Ingested ingest(List<Article> articles, SharedStore store) throws DyadInputException {
    Fresh fresh = fresh(articles, store);
    List<String> problems = new ArrayList<>();
    Saved saved = fresh.articles().isEmpty() ? Saved.NONE : save(fresh.articles(), fresh.hashes(), store, problems);
    return new Ingested(articles.size(), saved.coded() + saved.copies(), saved.reports(), problems);
  }

  /**
   * What a re-coding did.
   *
   * @param articles stored articles re-coded
   * @param reports asserted event reports they now have
   * @param problems one line per article that could not be coded (left for the next re-coding, and
   *     recorded in the store's {@code failed_articles} with the reason until it is re-coded)
   */
  public record Recoded(int articles, int reports, List<String> problems) {
    public Recoded {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Re-codes, in place, the stored articles published since a day (all when {@code null}) that
   * another coder made, and those whose reports were fused into their events, in storage order and
   * batches of {@code batch}, each saved in one transaction; each article's new events replace its
   * old ones and are fused again. Idempotent: a second run with the same coder finds nothing to do,
   * and a stopped run is finished by the next.
   */
  public synchronized Recoded recode(SharedStore store, LocalDate since, int batch) throws DyadInputException {
    String version = coderVersion().toString();
    List<StoredArticle> pending = store.use(s -> s.toRecode(since, version));
    store.use(s -> {
      s.clearEvents(pending.stream().map(StoredArticle::hash).toList());
      return null;
    });
    List<String> problems = new ArrayList<>();
    int recoded = 0;
    int reports = 0;
    for (int from = 0; from < pending.size(); from += batch) {
      List<StoredArticle> part = pending.subList(from, Math.min(pending.size(), from + batch));
      Map<Article, String> hashes = new IdentityHashMap<>();
      List<Article> articles = new ArrayList<>();
      for (StoredArticle a : part) {
        Article article = new Article(a.id(), a.source(), a.title(), a.published(), a.text());
        articles.add(article);
        hashes.put(article, a.hash());
      }
      Coded coded = code(articles);
      problems.addAll(coded.failures());
      // The batch's articles in one transaction, as ingest saves a batch: one commit, not one per article.
      reports += store.use(s -> s.inOneTransaction(() -> {
        for (Failed f : coded.failed()) {
          s.saveFailed(f.article(), hashes.get(f.article()), f.reason(), version); // listed with its reason, as ingest lists it
        }
        int asserted = 0;
        for (ArticleResult r : coded.results()) {
          s.saveRecoded(r.article(), hashes.get(r.article()), r.events(), version, meaning);
          asserted += (int) r.events().stream().filter(Event::asserted).count();
        }
        return asserted;
      }));
      recoded += coded.results().size();
    }
    return new Recoded(recoded, reports, problems);
  }

  /** The key an article is stored under: the SHA-256 of its text, in hex. */
  public static String contentHash(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
