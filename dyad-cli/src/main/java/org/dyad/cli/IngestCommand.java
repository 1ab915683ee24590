package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DuckDbStore;
import org.dyad.store.EventStore;
import org.dyad.store.SharedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad ingest}: codes articles and keeps their events in the store. An article is known by
 * the SHA-256 of its text, so running the same corpus again codes and adds nothing; each article
 * is stored with its events in one transaction, and articles are coded and saved in batches, so a
 * killed run keeps every finished batch and a rerun codes only the rest. On a terminal a progress
 * line shows articles/s and events/s.
 *
 * <p>A near-duplicate of a stored article, or of an earlier article of the same batch (see {@link
 * Pipeline#save}), is stored as its copy and not coded; the store fuses reports of one event
 * from different articles. Articles are saved in input order, so an interrupted run and its
 * rerun store exactly what one uninterrupted run stores.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Codes articles (text, HTML, feed and JSONL files, directories of them, http(s) URLs of feeds and pages, or -) and stores their events.")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Articles to ingest: files, directories, URLs or -.")
  List<String> sources = List.of();

  @Option(names = "--from-parquet", paramLabel = "DIR",
      description = "Load the output of 'dyad spark code' (its articles/ and reports/) instead of coding SOURCEs.")
  Path fromParquet;

  @Mixin StoreOption store;

  @Option(names = "--progress", description = "Print a progress line after each batch even when not on a terminal (one line each).")
  boolean progress;

  @Mixin ArticleOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (fromParquet != null || sources.isEmpty()) {
      return fromParquet(out);
    }
    Inputs reader = options.inputs(err);
    Path db = store.db;
    List<Article> articles = reader.read(sources);
    long start = System.nanoTime();
    try (EventStore events = DuckDbStore.open(db)) {
      SharedStore shared = new SharedStore(events);
      Pipeline.Fresh news = Pipeline.fresh(articles, shared);
      List<Article> fresh = news.articles();
      int added = 0;
      int others = 0;
      int duplicates = 0;
      if (!fresh.isEmpty()) {
        Pipeline pipeline = Pipeline.load(options.pipeline(null));
        boolean terminal = System.console() != null;
        long codingStart = System.nanoTime();
        // Code and save in batches: a killed run keeps every batch it finished.
        for (int from = 0; from < fresh.size(); from += BATCH) {
          List<Article> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
          List<String> problems = new ArrayList<>();
          Pipeline.Saved saved = pipeline.save(batch, news.hashes(), shared, problems);
          problems.forEach(p -> err.println("dyad: " + p));
          added += saved.reports();
          others += saved.others();
          duplicates += saved.copies();
          if (terminal || progress) {
            progress(err, terminal, from + batch.size(), fresh.size(), added, codingStart);
          }
        }
        if (terminal) {
          err.println();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      EventStore.Counts total = events.counts();
      EventStore.Fusion fusion = events.fusion();
      out.printf(Locale.ROOT, "%d articles read: %d new (%d near-duplicates, not coded), %d already stored; %d reports added%s in %.1f s"
              + " (%.1f articles/s)%n",
          articles.size(), fresh.size(), duplicates, articles.size() - fresh.size(), added,
          others == 0 ? "" : " (and " + others + " not asserted: negated, hypothetical, announced…, stored but not counted)", seconds,
          fresh.size() / Math.max(seconds, 1e-9));
      out.printf(Locale.ROOT, "%s: %d articles (%d near-duplicates), %d reports of %d events%n", db, total.articles(),
          fusion.nearDuplicates(), total.events(), fusion.events());
      out.flush();
    }
    return reader.failures() > 0 ? Dyad.INPUT_ERROR : 0;
  }

  private static final int BATCH = 32;

  /** {@code --from-parquet DIR}: a Spark run's articles and reports, loaded as the run coded and fused them. */
  private int fromParquet(PrintWriter out) throws IOException {
    if (fromParquet == null || !sources.isEmpty()) {
      throw new DyadInputException(fromParquet == null ? "ingest needs SOURCE... or --from-parquet DIR"
          : "--from-parquet " + fromParquet + " loads a Spark run; give no SOURCE beside it");
    }
    if (!Files.isDirectory(fromParquet)) {
      throw new DyadInputException(fromParquet + ": --from-parquet must name the output directory of 'dyad spark code'");
    }
    try (DuckDbStore events = DuckDbStore.open(store.db)) {
      DuckDbStore.Loaded loaded = events.loadSparkRun(fromParquet);
      EventStore.Fusion fusion = events.fusion();
      out.printf(Locale.ROOT, "%s: %d articles loaded (%d near-duplicates), %d reports; the store has %d articles, %d events%n",
          fromParquet, loaded.articles(), loaded.nearDuplicates(), loaded.reports(), events.counts().articles(), fusion.events());
      out.flush();
    }
    return 0;
  }

  /** One line, rewritten in place on a terminal (else a new line each time): articles done, articles/s and events/s. */
  private static void progress(PrintWriter err, boolean terminal, int done, int total, int events, long start) {
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    int width = 30;
    int filled = (int) ((long) width * done / total);
    err.printf(Locale.ROOT, "%s[%s%s] %d/%d articles, %.1f articles/s, %.1f events/s%s", terminal ? "\r" : "", "#".repeat(filled),
        " ".repeat(width - filled), done, total, done / seconds, events / seconds, terminal ? "" : "\n");
    err.flush();
  }

}
