package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.eval.EvalReport;
import org.dyad.eval.Evaluation;
import org.dyad.eval.GoldSentence;
import org.dyad.eval.GoldSet;
import org.dyad.typer.EmbeddingTyper;
import org.dyad.eval.Floors;
import org.dyad.eval.Granularity;
import org.dyad.nlp.CoreNlpBackend;
import org.dyad.nlp.ParserChoice;
import org.dyad.pipeline.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: scores the coder on gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Codes gold sets (Dyad JSONL, PETRARCH validation XML, PLOVER GSR) and reports precision, recall and F1.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files.")
  List<Path> golds;

  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Dyad-format dictionaries (sets with their own dictionaries use those).")
  Path dictionaries;

  @Option(names = "--granularity", paramLabel = "country|sector|full", description = "How much of actor codes must match (default: sector).")
  Granularity granularity = Granularity.SECTOR;

  @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the full reports as JSON.")
  Path report;

  @Option(names = "--typer", paramLabel = "rules|hybrid",
      description = "hybrid (default): with the learned typer, whose exemplars never include the scored file's own sentences;"
          + " or rules alone.")
  ArticleOptions.Typer typer = ArticleOptions.Typer.hybrid;

  @Option(names = "--parser", paramLabel = "dyad|corenlp",
      description = "Inference of the dependency parser: dyad (default, float32) or corenlp (CoreNLP's own, to compare).")
  ParserChoice parser = ParserChoice.DYAD;

  @Option(names = "--floors", paramLabel = "FILE", description = "Fail (exit 1) when an F1 falls below its floor in FILE (e.g. eval/floors.tsv).")
  Path floors;

  /** The typer over exemplars that leave out the set's own sentences, by origin and by text. */
  private static EmbeddingTyper crossValidated(EmbeddingTyper typer, GoldSet set) {
    List<String> texts = set.sentences().stream().map(GoldSentence::text).toList();
    return typer.withBank(typer.bank().excluding(set.name(), texts));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("dyad-eval");
    List<String> absent = new ArrayList<>();
    var gazetteer = Engine.gazetteerLoading();
    var learned = Engine.typerLoading(typer == ArticleOptions.Typer.hybrid);
    Evaluation evaluation = new Evaluation(new CoreNlpBackend(parser), Engine.dictionaries(dictionaries), Engine.gazetteer(gazetteer), granularity,
        work, set -> learned.join() == null ? null : crossValidated((EmbeddingTyper) learned.join(), set));
    List<EvalReport> reports = evaluation.run(golds, absent);
    absent.forEach(a -> out.println("dyad: " + a));
    for (EvalReport r : reports) {
      out.println(r.describe());
    }
    if (report != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), reports);
    }
    out.flush();
    if (floors != null) {
      List<String> failed = Floors.read(floors).failures(reports);
      failed.forEach(f -> out.println("FLOOR FAILED: " + f));
      out.println(failed.isEmpty() ? "floors hold" : failed.size() + " floor(s) failed");
      out.flush();
      return failed.isEmpty() ? 0 : 1;
    }
    return 0;
  }
}
