package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad dict check} and {@code dyad dict import}, without models. */
class DictCommandTest {
  @TempDir Path dir;

  @Test
  void check_builtIn_isClean() {
    CliRun run = CliRun.of("dict", "check");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("dictionaries and exemplar bank OK\n", run.out());
  }

  @Test
  void check_plantedError_reportsLineAndExitsTwo() throws IOException {
    Files.writeString(dir.resolve("verbs.tsv"), "kind\tlemma\tcode\tconditions\tintent\nverb\tattack\t1999\t-\t-\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("dict", "check", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals(dir.resolve("verbs.tsv") + ":2: unknown CAMEO event code '1999'\n1 problem\n", run.out());
  }

  /** The shipped bank with one label changed: the vectors still match nothing else, so only the label is reported. */
  @Test
  void check_exemplarBank_badLabelAndDuplicate_nameFileAndLine() throws IOException {
    Path tsv = dir.resolve("bank.tsv");
    Files.writeString(tsv, "# a bank\nid\tkind\tlabel\torigin\ttext\n"
        + "a\tcameo\t190\tours\tTroops shelled the town.\n"
        + "b\tcameo\t1999\tours\tPolice arrested ten people.\n"
        + "c\tsubevent\tAir/drone strike\tours\tA drone hit a car.\n"
        + "d\tsubevent\tAir strike\tours\tA jet bombed a bridge.\n"
        + "e\tcameo\tnone\tours\ttroops  SHELLED the town\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("dict", "check", "--exemplars", tsv.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals(tsv + ":4: '1999' is not a CAMEO code (nor 'none')\n"
        + tsv + ":6: 'Air strike' is not a known sub-event type\n"
        + tsv + ":7: the same text as line 3\n3 problems\n", run.out());
  }

  @Test
  void check_exemplarBank_vectorsOfAnotherBank_areAProblem() throws IOException {
    Path tsv = dir.resolve("bank.tsv");
    Files.writeString(tsv, "id\tkind\tlabel\torigin\ttext\na\tcameo\t190\tours\tTroops shelled the town.\n", StandardCharsets.UTF_8);
    CliRun missing = CliRun.of("dict", "check", "--exemplars", tsv.toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.out().startsWith(dir.resolve("bank.f32") + ": not found; rebuild it"), missing.out());
    try (var shipped = org.dyad.typer.ExemplarBank.class.getResourceAsStream("exemplars.f32")) {
      Files.write(dir.resolve("bank.f32"), shipped.readAllBytes());
    }
    CliRun other = CliRun.of("dict", "check", "--exemplars", tsv.toString());
    assertEquals(2, other.exitCode());
    assertTrue(other.out().startsWith(dir.resolve("bank.f32") + " was computed from another exemplars.tsv"), other.out());
  }

  @Test
  void check_missingDirectory_isOneLineError() {
    CliRun run = CliRun.of("dict", "check", dir.resolve("nope").toString());
    assertEquals(2, run.exitCode());
    assertEquals("dyad: " + dir.resolve("nope") + ": not a directory\n", run.err());
  }

  @Test
  void check_headerlessCountries_isAProblemAndCodeRefusesIt() throws IOException {
    Path dict = Files.createDirectories(dir.resolve("dict"));
    Files.writeString(dict.resolve("countries.tsv"), "USA\tUnited States\tAmerican\tWashington\n", StandardCharsets.UTF_8);
    String problem = dict.resolve("countries.tsv") + ":1: missing header line: expected the columns code, names, adjectives,"
        + " government_metonyms (tab-separated) first, found USA, United States, American, Washington";
    CliRun check = CliRun.of("dict", "check", dict.toString());
    assertEquals(2, check.exitCode());
    assertEquals(problem + "\n1 problem\n", check.out());
    Path article = Files.writeString(dir.resolve("a.txt"), "Russia attacked Ukraine.", StandardCharsets.UTF_8);
    CliRun code = CliRun.of("code", "--format", "jsonl", "--dictionaries", dict.toString(), article.toString());
    assertEquals(2, code.exitCode(), code.err());
    assertEquals("dyad: " + problem + "\n", code.err());
    assertEquals("", code.out());
  }

  @Test
  void check_misspeltFileName_isAProblemAndCodeRefusesIt() throws IOException {
    Path dict = Files.createDirectories(dir.resolve("dict"));
    Files.writeString(dict.resolve("countires.tsv"), "code\tnames\tadjectives\tgovernment_metonyms\n", StandardCharsets.UTF_8);
    String problem = dict.resolve("countires.tsv") + ": not a dictionary file name, so it would be ignored; the names are"
        + " agents.tsv, countries.tsv, discards.tsv, facilities.tsv, groups.tsv, issues.tsv, organizations.tsv, people.tsv, verbs.tsv";
    CliRun check = CliRun.of("dict", "check", dict.toString());
    assertEquals(2, check.exitCode());
    assertEquals(problem + "\n1 problem\n", check.out());
    Path article = Files.writeString(dir.resolve("a.txt"), "Russia attacked Ukraine.", StandardCharsets.UTF_8);
    CliRun code = CliRun.of("code", "--format", "jsonl", "--dictionaries", dict.toString(), article.toString());
    assertEquals(2, code.exitCode(), code.err());
    assertEquals("dyad: " + problem + "\n", code.err());
  }

  @Test
  void import_withProblems_exitsTwoUnlessAllowed() throws IOException {
    Path petrarch = Files.createDirectories(dir.resolve("petrarch"));
    Files.writeString(petrarch.resolve("Test.agents.txt"), "SOLDIER [~MIL]\nSOLDIER [~COP]\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("dict", "import", "--petrarch", petrarch.toString(), "--out", out.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("check: 1 problem (run 'dyad dict check " + out + "')\n"), run.out());
    assertEquals("dyad: " + out + ": the converted dictionaries have 1 problem; fix them, or accept them with --allow-problems\n",
        run.err());
    CliRun allowed = CliRun.of("dict", "import", "--petrarch", petrarch.toString(), "--out", out.toString(), "--allow-problems");
    assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
    assertTrue(allowed.out().contains("check: 1 problem (run 'dyad dict check " + out + "'), allowed by --allow-problems\n"),
        allowed.out());
    assertEquals("", allowed.err());
  }

  @Test
  void import_emptyDirectory_saysNothingFound() {
    CliRun run = CliRun.of("dict", "import", "--petrarch", dir.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("dyad: " + dir + ": no PETRARCH verb, actor or agent dictionary found"), run.err());
  }
}
