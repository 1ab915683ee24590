package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.dyad.ingest.SourceFormat;
import org.dyad.ingest.TextFiles;
import org.dyad.ingest.WebSource;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * Options of every command that reads and codes articles: {@code --date}, {@code --threads}, {@code --input-format}, {@code --typer},
 * {@code --article-limit}.
 */
final class ArticleOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Date of articles whose metadata has none; dated actor roles (a leader in office) use it.")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--input-format", paramLabel = "jsonl|text|html|rss",
      description = "Format of the input: for standard input (-), which is otherwise read as text; given, it also"
          + " overrides the file extensions and what URLs serve.")
  InputFormat inputFormat;

  @Option(names = "--typer", paramLabel = "rules|hybrid",
      description = "hybrid (default): the dictionaries and rules with the learned event typer, which reviews their events"
          + " and codes sentences with actors where no event word fired; rules: the dictionaries and rules alone.")
  Typer typer = Typer.hybrid;

  @Option(names = "--article-limit", paramLabel = "SECONDS",
      description = "Stop coding an article that takes longer and record it as failed, with the reason (default 300).")
  long articleLimit = Pipeline.Settings.ARTICLE_LIMIT.toSeconds();

  /** How events are typed. */
  enum Typer { rules, hybrid }

  /** The formats {@code --input-format} names. */
  enum InputFormat {
    jsonl(SourceFormat.JSONL), text(SourceFormat.TEXT), html(SourceFormat.HTML), rss(SourceFormat.FEED);

    final SourceFormat format;

    InputFormat(SourceFormat format) {
      this.format = format;
    }
  }

  /** The pipeline these options ask for, with {@code dictionaries} (null: the built-in set); checks {@code --threads}. */
  Pipeline.Settings pipeline(java.nio.file.Path dictionaries) throws org.dyad.model.DyadInputException {
    OptionChecks.atLeast("--threads", threads, 1);
    OptionChecks.atLeast("--article-limit", articleLimit, 1);
    return new Pipeline.Settings(dictionaries, typer == Typer.hybrid, threads, java.time.Duration.ofSeconds(articleLimit));
  }

  /** A reader of the command's inputs that reports bad ones on {@code err}; checks the options first. */
  Inputs inputs(PrintWriter err) throws org.dyad.model.DyadInputException {
    OptionChecks.atLeast("--threads", threads, 1);
    return new Inputs(new TextFiles(TextFiles.DEFAULT_MAX_BYTES), WebSource::standard, date,
        inputFormat == null ? null : inputFormat.format, System.in, err);
  }
}
