package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.cli.output.EventWriter;
import org.dyad.cli.output.OutputFormat;
import org.dyad.pipeline.Pipeline;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Event;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad code}: codes articles and prints their events. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = "Codes the events of news articles (text files, directories of them, or - for standard input).")
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Articles to code.")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "jsonl|tsv|table",
      description = "Output format; default: table on a terminal, else jsonl.")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write events to FILE instead of standard output.")
  Path out;

  @Option(names = "--explain", description = "Show, per sentence, the parse, the actors found and why each event was or was not coded"
      + " (on standard error when the format is jsonl or tsv).")
  boolean explain;

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Dyad-format dictionaries to use; files it lacks come from the built-in set.")
  Path dictionaries;

  @Option(names = "--modality", paramLabel = "asserted|all",
      description = "Events to print: asserted ones (default), or all, with negated, hypothetical, conditional, intended, future, historical and denied acts marked.")
  ModalityChoice modality = ModalityChoice.asserted;

  /** Which events {@code code} prints. */
  enum ModalityChoice { asserted, all }

  @Mixin ArticleOptions articles;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (out != null && Inputs.isAmong(out, inputs)) {
      err.println("dyad: --out " + out + " is one of the input files; it would be overwritten (choose another file)");
      return Dyad.INPUT_ERROR;
    }
    Inputs reader = this.articles.inputs(err);
    List<Article> articles = reader.read(inputs);
    if (articles.isEmpty()) {
      err.println("dyad: no article to code");
      return Dyad.INPUT_ERROR;
    }
    Pipeline pipeline = Pipeline.load(this.articles.pipeline(dictionaries));
    Pipeline.Coded coded = pipeline.code(articles);
    List<ArticleResult> results = coded.results();
    coded.failures().forEach(f -> err.println("dyad: " + f));
    OutputFormat chosen = chosenFormat();
    try (PrintWriter output = output()) {
      if (explain) {
        // Explanations are for people: beside machine-readable events they go to the error stream.
        Explainer explainer = new Explainer(chosen == OutputFormat.TABLE ? output : err);
        results.forEach(explainer::explain);
        err.flush();
      }
      EventWriter writer = chosen.writer(output);
      for (ArticleResult r : results) {
        writer.write(modality == ModalityChoice.all ? r : r.withEvents(r.events().stream().filter(Event::asserted).toList()));
      }
      writer.finish();
    }
    if (!coded.failures().isEmpty()) {
      return 1;
    }
    return reader.failures() > 0 ? Dyad.INPUT_ERROR : 0;
  }

  private OutputFormat chosenFormat() {
    if (format != null) {
      return format;
    }
    return out == null && System.console() != null ? OutputFormat.TABLE : OutputFormat.JSONL;
  }

  private PrintWriter output() throws DyadInputException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new PrintWriter(stdout) {
        @Override
        public void close() {
          flush();
        }
      };
    }
    try {
      return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DyadInputException(out + ": cannot write: " + e.getMessage(), e);
    }
  }
}
