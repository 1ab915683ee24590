package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.DictionaryCheck;
import org.dyad.coder.dictionary.DictionarySource;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.model.ConflictType;
import org.dyad.model.DyadInputException;
import org.dyad.ontology.CameoOntology;
import org.dyad.ontology.ConflictTypes;
import org.dyad.typer.ExemplarCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--exemplars", paramLabel = "FILE.tsv",
        description = "The learned typer's exemplar bank to check, with its vectors beside it (FILE.f32); without DIR the shipped bank is checked.")
    Path exemplars;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<String> problems = new ArrayList<>(DictionaryCheck.run(source()));
      if (directory == null || exemplars != null) {
        problems.addAll(exemplarProblems());
      }
      problems.forEach(out::println);
      out.println(problems.isEmpty() ? (directory == null || exemplars != null ? "dictionaries and exemplar bank OK" : "dictionaries OK")
          : problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
      out.flush();
      return problems.isEmpty() ? 0 : Dyad.INPUT_ERROR;
    }

    /** The exemplar bank's problems: labels (CAMEO codes, sub-event types), duplicates, its vectors. */
    private List<String> exemplarProblems() throws IOException {
      CameoOntology ontology = CameoOntology.load();
      ExemplarCheck check = new ExemplarCheck(code -> ontology.find(code).isPresent(),
          ConflictTypes.load().types().stream().map(ConflictType::subEventType).collect(Collectors.toSet()));
      if (exemplars == null) {
        return check.shipped();
      }
      if (!Files.isRegularFile(exemplars)) {
        throw new DyadInputException(exemplars + ": no such exemplar bank file");
      }
      String name = exemplars.getFileName().toString();
      Path vectors = exemplars.resolveSibling(name.replaceFirst("\\.tsv$", "") + ".f32");
      return check.check(Files.readAllBytes(exemplars), exemplars.toString(),
          Files.isRegularFile(vectors) ? Files.readAllBytes(vectors) : null, vectors.toString());
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
