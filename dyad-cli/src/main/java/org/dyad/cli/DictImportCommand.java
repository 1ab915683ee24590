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

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PetrarchImport.Summary summary = PetrarchImport.run(petrarch, out, CameoOntology.load());
    stdout.println(summary.describe());
    List<String> problems = DictionaryCheck.run(new DirectoryDictionaries(out, new BuiltInDictionaries()));
    stdout.println("check: " + (problems.isEmpty() ? "no problems" : problems.size() + " problems (run 'dyad dict check " + out + "')"));
    stdout.flush();
    return 0;
  }
}
