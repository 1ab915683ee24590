package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.DictionaryCheck;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.coder.dictionary.petrarch.PetrarchImport;
import org.dyad.ontology.CameoOntology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad dict import --petrarch DIR --out DIR}: converts community dictionaries to Dyad's formats. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Converts PETRARCH-2/Phoenix dictionaries to Dyad's formats, for 'code --dictionaries'.")
final class DictImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--petrarch", required = true, paramLabel = "DIR", description = "Directory of PETRARCH dictionaries.")
  Path petrarch;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write Dyad dictionaries to.")
  Path out;

  @Option(names = "--allow-problems",
      description = "Exit 0 even when the check of the converted dictionaries finds problems (the community"
          + " dictionaries have some: names listed twice, verb patterns that never match); they are still listed.")
  boolean allowProblems;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PetrarchImport.Summary summary = PetrarchImport.run(petrarch, out, CameoOntology.load());
    stdout.println(summary.describe());
    List<String> problems = DictionaryCheck.run(new DirectoryDictionaries(out, new BuiltInDictionaries()));
    String count = problems.size() + " problem" + (problems.size() == 1 ? "" : "s");
    stdout.println("check: " + (problems.isEmpty() ? "no problems"
        : count + " (run 'dyad dict check " + out + "')" + (allowProblems ? ", allowed by --allow-problems" : "")));
    stdout.flush();
    if (problems.isEmpty() || allowProblems) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("dyad: " + out + ": the converted dictionaries have " + count
        + "; fix them, or accept them with --allow-problems");
    err.flush();
    return Dyad.INPUT_ERROR;
  }
}
