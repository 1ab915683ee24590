package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.DictionaryCheck;
import org.dyad.coder.dictionary.DictionarySource;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.model.DyadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad dict}: work with dictionaries. */
@Command(
    name = "dict",
    mixinStandardHelpOptions = true,
    description = "Checks and imports dictionaries.",
    subcommands = {DictCommand.Check.class, DictImportCommand.class})
final class DictCommand {

  /** {@code dyad dict check [DIR]}: every problem of a dictionary set, by file and line. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Validates dictionaries (the built-in ones, or DIR with the built-in ones filling in what it lacks).")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Dyad-format dictionary directory.")
    Path directory;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<String> problems = DictionaryCheck.run(source());
      problems.forEach(out::println);
      out.println(problems.isEmpty() ? "dictionaries OK" : problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
      out.flush();
      return problems.isEmpty() ? 0 : Dyad.INPUT_ERROR;
    }

    private DictionarySource source() throws DyadInputException {
      if (directory == null) {
        return new BuiltInDictionaries();
      }
      if (!Files.isDirectory(directory)) {
        throw new DyadInputException(directory + ": not a directory");
      }
      return new DirectoryDictionaries(directory, new BuiltInDictionaries());
    }
  }
}
