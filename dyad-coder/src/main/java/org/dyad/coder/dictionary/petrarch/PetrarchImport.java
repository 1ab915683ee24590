package org.dyad.coder.dictionary.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dyad.model.DyadInputException;
import org.dyad.ontology.CameoOntology;

/**
 * Converts a directory of PETRARCH-2/Phoenix dictionaries into Dyad's formats: {@code verbs.tsv}
 * from the verb dictionary, {@code people.tsv} from the actor dictionaries (every named actor,
 * countries included, with its dated codes), {@code agents.tsv} from the agents dictionary, and
 * {@code discards.tsv} and {@code issues.tsv} from the discard and issue lists, and header-only
 * {@code countries.tsv}, {@code organizations.tsv} and {@code groups.tsv} so that the imported set
 * stands alone rather than mixing with Dyad's own.
 *
 * <p>Files are found through {@code PETR_config.ini} when the directory has one (keys {@code
 * verbfile_name}, {@code actorfile_list}, {@code agentfile_name}, {@code discardfile_name},
 * {@code issuefile_name}), else by name: {@code *verbs*.txt} or {@code CAMEO.2.0.txt}, {@code
 * *actors*.txt}, {@code *agents*.txt}, {@code *discards*.txt}, {@code *Issue*.txt}.
 */
public final class PetrarchImport {

  /** What an import read and wrote. */
  public record Summary(
      List<String> verbFiles, List<String> actorFiles, List<String> agentFiles, List<String> listFiles,
      int verbEntries, int actorRows, int agentCodes, int discards, int issues,
      int skippedCodes, int skippedVerbs, int skippedActorCodes, int skippedAgentLines, int skippedListLines) {
    public String describe() {
      return String.format(Locale.ROOT,
          "verbs.tsv: %d entries from %s (skipped: %d patterns with codes outside CAMEO or '---', %d multi-word verbs)%n"
              + "people.tsv: %d actor rows from %s (skipped %d unreadable code restrictions)%n"
              + "agents.tsv: %d sector codes from %s (skipped %d lines)%n"
              + "discards.tsv: %d phrases, issues.tsv: %d phrases from %s (skipped %d lines)",
          verbEntries, verbFiles, skippedCodes, skippedVerbs, actorRows, actorFiles, skippedActorCodes,
          agentCodes, agentFiles, skippedAgentLines, discards, issues, listFiles, skippedListLines);
    }
  }

  private PetrarchImport() {}

  /** The PETRARCH files to convert, by kind; any list may be empty. */
  public record Sources(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards, List<Path> issues) {
    public Sources {
      verbs = List.copyOf(verbs);
      actors = List.copyOf(actors);
      agents = List.copyOf(agents);
      discards = List.copyOf(discards);
      issues = List.copyOf(issues);
    }
  }

  /** Converts the dictionaries of a directory, found through its PETR_config.ini or by name. */
  public static Summary run(Path source, Path out, CameoOntology ontology) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new DyadInputException(source + ": not a directory of PETRARCH dictionaries");
    }
    Properties config = config(source);
    Sources found = new Sources(
        files(source, config.getProperty("verbfile_name"), "glob:*{verbs,CAMEO.2.0}*.txt", "verbpatterns"),
        files(source, config.getProperty("actorfile_list"), "glob:*actors*.txt", null),
        files(source, config.getProperty("agentfile_name"), "glob:*agents*.txt", null),
        files(source, config.getProperty("discardfile_name"), "glob:*discards*.txt", null),
        files(source, config.getProperty("issuefile_name"), "glob:*Issue*.txt", null));
    if (found.verbs().isEmpty() && found.actors().isEmpty() && found.agents().isEmpty()) {
      throw new DyadInputException(source + ": no PETRARCH verb, actor or agent dictionary found");
    }
    return run(found, out, ontology, source.toString());
  }

  /** Converts the given files. */
  public static Summary run(Sources sources, Path out, CameoOntology ontology, String origin) throws IOException {
    List<Path> verbFiles = sources.verbs();
    List<Path> actorFiles = sources.actors();
    List<Path> agentFiles = sources.agents();
    List<Path> discardFiles = sources.discards();
    List<Path> issueFiles = sources.issues();
    PetrarchVerbReader verbs = new PetrarchVerbReader(ontology);
    for (Path f : verbFiles) {
      verbs.read(f);
    }
    PetrarchActorReader actors = new PetrarchActorReader();
    for (Path f : actorFiles) {
      actors.read(f);
    }
    PetrarchAgentReader agents = new PetrarchAgentReader();
    for (Path f : agentFiles) {
      agents.read(f);
    }
    PetrarchListReader lists = new PetrarchListReader();
    for (Path f : discardFiles) {
      lists.readDiscards(f);
    }
    for (Path f : issueFiles) {
      lists.readIssues(f);
    }
    Files.createDirectories(out);
    String header = "# Imported from PETRARCH dictionaries (" + origin + ") by Dyad.";
    write(out.resolve("verbs.tsv"), header, "kind\tlemma\tcode\tconditions\tintent", verbs.rows());
    List<String> people = new ArrayList<>();
    actors.rows().forEach(r -> people.add(r.tsv()));
    write(out.resolve("people.tsv"), header, "names\tcountry\trole\tfrom\tto\tnote", people);
    write(out.resolve("agents.tsv"), header, "code\tnouns", agents.rows());
    write(out.resolve("discards.tsv"), header, "phrase\tscope\tmatch\tunless_next", lists.discards());
    write(out.resolve("issues.tsv"), header, "phrase\tissue", lists.issues());
    write(out.resolve("countries.tsv"), header, "code\tnames\tadjectives\tgovernment_metonyms", List.of());
    write(out.resolve("organizations.tsv"), header, "code\tnames", List.of());
    write(out.resolve("groups.tsv"), header, "names\tcountry\tagent\tnote", List.of());
    return new Summary(
        names(verbFiles), names(actorFiles), names(agentFiles), names(concat(discardFiles, issueFiles)),
        verbs.rows().size(), people.size(), agents.rows().size(), lists.discards().size(), lists.issues().size(),
        verbs.skippedCodes(), verbs.skippedVerbs(), actors.skipped(), agents.skipped(), lists.skipped());
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Properties config(Path source) throws IOException {
    Properties config = new Properties();
    Path ini = source.resolve("PETR_config.ini");
    if (Files.exists(ini)) {
      try (var reader = Files.newBufferedReader(ini, StandardCharsets.ISO_8859_1)) {
        config.load(reader);
      }
    }
    return config;
  }

  private static List<Path> files(Path dir, String configured, String glob, String exclude) throws IOException {
    List<Path> files = new ArrayList<>();
    if (configured != null) {
      for (String name : configured.split(",")) {
        Path f = dir.resolve(name.trim());
        if (!Files.exists(f)) {
          throw new DyadInputException(f + ": named in PETR_config.ini but missing");
        }
        files.add(f);
      }
      return files;
    }
    var matcher = dir.getFileSystem().getPathMatcher(glob);
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path f : stream) {
        if (matcher.matches(f.getFileName()) && (exclude == null || !f.getFileName().toString().contains(exclude))) {
          files.add(f);
        }
      }
    }
    files.sort(null);
    return files;
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  private static void write(Path file, String origin, String header, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(origin);
    lines.add(header);
    lines.addAll(rows);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
