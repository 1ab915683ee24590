package org.dyad.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.DyadInputException;
import org.dyad.store.Alert;
import org.dyad.store.ExportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad spark code}: codes a corpus on Apache Spark, on an embedded {@code local[*]} master
 * by default, or on the cluster that {@code spark-submit --master yarn|k8s://…|spark://…} names.
 * Exit codes as {@code dyad}'s: 0 success, 1 internal error, 2 bad input or usage.
 *
 * {@snippet :
 * ./dyad spark code bench/escalation/corpus.jsonl --out target/esc-spark
 * spark-submit --master yarn --class org.dyad.spark.DyadSpark dyad-spark/target/dyad-spark.jar code hdfs:///news --out hdfs:///dyad
 * }
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Codes corpora on Apache Spark.", subcommands = {DyadSpark.Code.class, CommandLine.HelpCommand.class})
public final class DyadSpark {
  static final int INPUT_ERROR = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new DyadSpark());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof DyadInputException) {
        c.getErr().println("dyad: " + e.getMessage());
        return INPUT_ERROR;
      }
      c.getErr().println("dyad: internal error: " + e);
      return 1;
    });
    return cli;
  }

  /** {@code dyad spark code INPUT... --out DIR}. */
  @Command(name = "code", mixinStandardHelpOptions = true,
      description = "Codes JSONL corpora, directories of text/HTML files or Parquet article tables (any Hadoop path) and writes"
          + " events, reports, articles, weekly series and alerts as Parquet under DIR.")
  static final class Code implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files, directories of text/HTML files, Parquet tables.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (must not exist).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master (default: the one spark-submit gives, else an embedded local[*]).")
    String master;

    @Option(names = "--typer", paramLabel = "rules|hybrid", description = "hybrid (default) or rules, as for dyad ingest.")
    Typer typer = Typer.hybrid;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Dictionaries directory every executor can read.")
    Path dictionaries;

    @Option(names = "--article-limit", paramLabel = "SECONDS",
        description = "Stop coding an article that takes longer and record it as failed, with the reason (default 300).")
    long articleLimit = org.dyad.pipeline.Pipeline.Settings.ARTICLE_LIMIT.toSeconds();

    @Option(names = "--window", paramLabel = "N", description = "Alerts: weeks in the window (default 2).")
    int window = 2;

    @Option(names = "--threshold", paramLabel = "Z", description = "Alerts: z threshold (default 3).")
    double threshold = 3;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "Alerts: the day the window ends (default: the corpus's latest event date).")
    java.time.LocalDate asOf;

    @Option(names = "--format", paramLabel = "gdelt|gdelt-mentions|plover|polecat|acled|csv", split = ",",
        description = "Also write the events in these formats of dyad export, as events.<format>.<ext> beside the Parquet.")
    List<String> formats = List.of();

    /** How events are typed. */
    enum Typer { rules, hybrid }

    @Override
    public Integer call() throws Exception {
      check();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      long start = System.nanoTime();
      SparkSession spark = session();
      try {
        long up = System.nanoTime();
        CoderSettings coder = new CoderSettings(dictionaries == null ? null : dictionaries.toAbsolutePath().toString(), typer == Typer.hybrid,
            articleLimit);
        SparkJob.Summary s = SparkJob.run(spark, new SparkJob.Options(inputs, this.out, coder, window, threshold, asOf, exportFormats()));
        s.problems().forEach(p -> err.println("dyad: " + p));
        s.failures().forEach(f -> err.println("dyad: " + f));
        report(out, s, spark.sparkContext().master(), (up - start) / 1e9, (System.nanoTime() - start) / 1e9);
        return !s.failures().isEmpty() ? 1 : s.problemCount() > 0 ? INPUT_ERROR : 0;
      } finally {
        spark.stop();
      }
    }

    private void check() throws DyadInputException {
      exportFormats();
      if (articleLimit < 1) {
        throw new DyadInputException("--article-limit must be at least 1, found " + articleLimit);
      }
      if (window < 1) {
        throw new DyadInputException("--window must be at least 1, was " + window);
      }
      if (!(threshold > 0)) {
        throw new DyadInputException("--threshold must be positive, was " + threshold);
      }
      if (!out.contains("://") && java.nio.file.Files.exists(Path.of(out))) {
        throw new DyadInputException("--out " + out + ": exists already; choose a new directory (nothing is overwritten)");
      }
      for (String input : inputs) {
        // Local paths are checked before Spark starts; Hadoop URLs when the job reads them.
        if (!input.contains("://") && !java.nio.file.Files.exists(Path.of(input))) {
          throw new DyadInputException(input + ": no such file or directory");
        }
      }
      if (dictionaries != null && !java.nio.file.Files.isDirectory(dictionaries)) {
        throw new DyadInputException(dictionaries + ": --dictionaries must name a directory");
      }
    }

    /** The {@code --format} labels as formats; Parquet is refused, since {@code events/} holds it already. */
    private List<ExportFormat> exportFormats() throws DyadInputException {
      List<ExportFormat> chosen = new java.util.ArrayList<>();
      for (String label : formats) {
        try {
          chosen.add(ExportFormat.ofLabel(label));
        } catch (IllegalArgumentException e) {
          throw new DyadInputException("--format: " + e.getMessage());
        }
        if (chosen.get(chosen.size() - 1) == ExportFormat.PARQUET) {
          throw new DyadInputException("--format parquet: the events are written as Parquet anyway (events/)");
        }
      }
      return chosen.stream().distinct().toList();
    }

    private SparkSession session() {
      SparkSession.Builder b = SparkSession.builder().appName("dyad spark code")
          .config("spark.sql.datetime.java8API.enabled", "true")
          .config("spark.ui.enabled", "false");
      String chosen = master != null ? master : new SparkConf().contains("spark.master") ? null : "local[*]";
      if (chosen != null) {
        b.master(chosen);
      }
      if (chosen != null && chosen.startsWith("local")) {
        // One machine: a few shuffle partitions per core, not the cluster default of 200.
        b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
      }
      return b.getOrCreate();
    }

    private static void report(PrintWriter out, SparkJob.Summary s, String master, double startup, double seconds) {
      out.printf(Locale.ROOT, "%d articles read%s: %d new, %d near-duplicates (not coded), %d coded on %s%n", s.read(),
          s.problemCount() == 0 ? "" : " (" + s.problemCount() + " lines or files refused)", s.fresh(), s.copies(), s.coded(), master);
      // In one JVM the first task loads the pipeline while the others wait, so the load is off the coding time.
      double load = s.loadMillis().stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0;
      double coding = Math.max(s.codingSeconds() - load, 1e-9);
      out.printf(Locale.ROOT, "coding: %d articles, %d sentences in %.1f s, of which pipeline load %.1f s (Spark start %.1f s before)%n",
          s.coded(), s.sentences(), s.codingSeconds(), load, startup);
      out.printf(Locale.ROOT, "throughput: %.1f articles/s, %.1f sentences/s (%.1f sentences/s without the load)%n", s.coded() / s.codingSeconds(),
          s.sentences() / s.codingSeconds(), s.sentences() / coding);
      out.printf(Locale.ROOT, "pipeline load per executor: %s ms%n", s.loadMillis());
      if (s.codingCpuSeconds() >= 0 && master.startsWith("local")) {
        out.printf(Locale.ROOT, "CPU: %.1f s while coding (load included): %.1f sentences per CPU-second%n", s.codingCpuSeconds(),
            s.sentences() / s.codingCpuSeconds());
      }
      out.printf(Locale.ROOT, "%d reports of %d events; %d alerts; %.1f s in all%n", s.reports(), s.events(), s.alerts().size(), seconds);
      for (Alert a : s.alerts()) {
        out.printf(Locale.ROOT, "alert %s -> %s since %s: z %.1f (%d conflict events)%n", a.source(), a.target(), a.since(), a.z(),
            a.recentEvents());
      }
      out.flush();
    }
  }
}
