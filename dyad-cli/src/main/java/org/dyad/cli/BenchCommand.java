package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Pipeline;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: codes a corpus repeatedly after warm-up rounds and prints throughput
 * (sentences/s, articles/s, events/s), the share of sentences parsed, and heap use.
 *
 * <p>{@snippet : ./dyad bench examples/ --threads 2 --warmup 2 --rounds 3 }
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures coding throughput and memory on a corpus.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The corpus.")
  List<String> inputs;

  @Mixin ArticleOptions options;

  @Option(names = "--warmup", paramLabel = "R", description = "Unmeasured rounds first, for the JIT (default 2).")
  int warmup = 2;

  @Option(names = "--rounds", paramLabel = "R", description = "Measured rounds (default 3).")
  int rounds = 3;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Inputs reader = options.inputs(spec.commandLine().getErr());
    List<Article> articles = reader.read(inputs);
    if (articles.isEmpty()) {
      return Dyad.INPUT_ERROR;
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.load(options.pipeline(null));
    out.printf(Locale.ROOT, "models and dictionaries loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    for (int i = 0; i < warmup; i++) {
      pipeline.code(articles);
    }
    long sentences = 0;
    long parsed = 0;
    long events = 0;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (ArticleResult r : pipeline.code(articles).results()) {
        sentences += r.sentenceCount();
        events += r.events().size();
        parsed += r.traces().stream().filter(t -> t.skipped().isEmpty()).count();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    report(out, articles.size() * (long) rounds, sentences, parsed, events, seconds);
    return 0;
  }

  private void report(PrintWriter out, long articles, long sentences, long parsed, long events, double seconds) {
    out.printf(Locale.ROOT, "corpus: %d articles, %d sentences per round; %d threads, %d measured rounds%n",
        articles / rounds, sentences / rounds, options.threads, rounds);
    out.printf(Locale.ROOT, "parsed: %.1f%% of sentences (the rest cannot yield an event)%n", 100.0 * parsed / sentences);
    out.printf(Locale.ROOT, "throughput: %.0f sentences/s, %.1f articles/s, %.0f events/s%n",
        sentences / seconds, articles / seconds, events / seconds);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    out.printf(Locale.ROOT, "heap: %.0f MB live after GC, %.0f MB peak, %.0f MB max%n",
        used / 1048576.0, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    out.flush();
  }
}
