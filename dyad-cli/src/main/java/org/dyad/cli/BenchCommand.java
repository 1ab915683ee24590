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
import org.dyad.coder.StageTimes;
import org.dyad.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import org.dyad.nlp.ParserChoice;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: codes a corpus repeatedly after warm-up rounds and prints throughput
 * (sentences/s, articles/s, events/s), the shares of sentences tagged and parsed, the time of
 * each stage (share of wall time and per sentence), and heap use.
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

  @Option(names = "--parser", paramLabel = "dyad|corenlp",
      description = "Inference of the dependency parser: dyad (default, float32) or corenlp (CoreNLP's own, to compare).")
  ParserChoice parser = ParserChoice.DYAD;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Inputs reader = options.inputs(spec.commandLine().getErr());
    long readStart = System.nanoTime();
    List<Article> articles = reader.read(inputs);
    long reading = System.nanoTime() - readStart;
    if (articles.isEmpty()) {
      return Dyad.INPUT_ERROR;
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.load(options.pipeline(null), parser);
    out.printf(Locale.ROOT, "models and dictionaries loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    for (int i = 0; i < warmup; i++) {
      pipeline.code(articles);
    }
    long sentences = 0;
    long parsed = 0;
    long passed = 0;
    long tagged = 0;
    long events = 0;
    StageTimes times = StageTimes.NONE;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (ArticleResult r : pipeline.code(articles).results()) {
        sentences += r.sentenceCount();
        events += r.events().size();
        parsed += r.traces().stream().filter(t -> t.skipped().isEmpty()).count();
        passed += r.traces().stream().filter(t -> !t.skippedBeforeTagging()).count();
        tagged += r.traces().stream().filter(t -> t.sentence().tokens().stream().anyMatch(k -> !k.pos().isEmpty())).count();
        times = times.plus(r.times());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    report(out, articles.size() * (long) rounds, sentences, passed, tagged, parsed, events, seconds);
    stages(out, times, reading, sentences, seconds);
    heap(out);
    return 0;
  }

  private void report(PrintWriter out, long articles, long sentences, long passed, long tagged, long parsed, long events, double seconds) {
    out.printf(Locale.ROOT, "corpus: %d articles, %d sentences per round; %d threads, %d measured rounds%n",
        articles / rounds, sentences / rounds, options.threads, rounds);
    out.printf(Locale.ROOT, "filter before tagging: %.1f%% of sentences pass; tagged in all: %.1f%% (with those whose places"
        + " the geolocator reads); parsed: %.1f%% (the rest cannot yield an event)%n",
        100.0 * passed / sentences, 100.0 * tagged / sentences, 100.0 * parsed / sentences);
    out.printf(Locale.ROOT, "throughput: %.0f sentences/s, %.1f articles/s, %.0f events/s%n",
        sentences / seconds, articles / seconds, events / seconds);
  }

  /**
   * Each stage's time as a share of the workers' wall time (wall time × threads: what is left is
   * idle workers and the pool) and per sentence (thread time); reading is done once, before the
   * rounds, and shown as one round would take it.
   */
  private void stages(PrintWriter out, StageTimes t, long reading, long sentences, double seconds) {
    double worker = seconds * 1e9 * options.threads;
    double perRound = sentences / (double) rounds;
    out.printf(Locale.ROOT, "%-30s %8s %14s%n", "stage", "of wall", "per sentence");
    row(out, "reading (once)", reading * (double) rounds, worker, reading / perRound);
    row(out, "tokenising, sentence splitting", t.tokenize(), worker, t.tokenize() / (double) sentences);
    row(out, "filters (words, then tags)", t.filter(), worker, t.filter() / (double) sentences);
    row(out, "tagging, lemmatising", t.tag(), worker, t.tag() / (double) sentences);
    row(out, "parsing", t.parse(), worker, t.parse() / (double) sentences);
    row(out, "coding", t.code(), worker, t.code() / (double) sentences);
    row(out, "geolocation", t.geo(), worker, t.geo() / (double) sentences);
    row(out, "idle workers, pool", worker - t.total(), worker, (worker - t.total()) / sentences);
  }

  private static void row(PrintWriter out, String stage, double nanos, double worker, double perSentence) {
    out.printf(Locale.ROOT, "%-30s %7.1f%% %11.0f µs%n", stage, 100 * nanos / worker, perSentence / 1e3);
  }

  private void heap(PrintWriter out) {
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
