package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.pipeline.CoderVersion;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DuckDbStore;
import org.dyad.store.SharedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad recode}: codes the stored articles again with the current coder, in place, so that a
 * series has no break where the coder changed. Idempotent: articles this coder made are left alone.
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
    description = "Re-codes stored articles with the current coder, in place; articles it coded already are left as they are.")
final class RecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Only articles published on or after this day (and those whose reports were fused into their events).")
  LocalDate since;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--typer", paramLabel = "rules|hybrid", description = "hybrid (default) or rules, as for ingest.")
  ArticleOptions.Typer typer = ArticleOptions.Typer.hybrid;

  @Option(names = "--article-limit", paramLabel = "SECONDS",
      description = "Stop coding an article that takes longer and record it as failed, with the reason (default 300).")
  long articleLimit = Pipeline.Settings.ARTICLE_LIMIT.toSeconds();

  @Override
  public Integer call() throws IOException {
    OptionChecks.atLeast("--threads", threads, 1);
    OptionChecks.atLeast("--article-limit", articleLimit, 1);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DuckDbStore events = store.openExisting()) {
      long start = System.nanoTime();
      Pipeline.Settings settings = new Pipeline.Settings(null, typer == ArticleOptions.Typer.hybrid, threads,
          java.time.Duration.ofSeconds(articleLimit));
      // The coder's version comes from its files alone: when it made every article already, no model is loaded.
      CoderVersion current = CoderVersion.of(settings);
      if (events.toRecode(since, current.toString()).isEmpty()) {
        out.printf(Locale.ROOT, "%s: nothing to re-code: coder %s made every article%s (no model loaded)%n", store.db, current,
            since == null ? "" : " published since " + since);
        out.flush();
        return 0;
      }
      Pipeline pipeline = Pipeline.load(settings);
      Pipeline.Recoded done = pipeline.recode(new SharedStore(events), since, BATCH);
      done.problems().forEach(p -> err.println("dyad: " + p));
      out.printf(Locale.ROOT, "%s: %d articles re-coded by coder %s: %d reports, in %.1f s%n", store.db, done.articles(),
          pipeline.version(), done.reports(), (System.nanoTime() - start) / 1e9);
      out.flush();
      return done.problems().isEmpty() ? 0 : 1;
    }
  }

  private static final int BATCH = 32;
}
