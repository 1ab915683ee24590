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
    assertEquals("dictionaries OK\n", run.out());
  }

  @Test
  void check_plantedError_reportsLineAndExitsTwo() throws IOException {
    Files.writeString(dir.resolve("verbs.tsv"), "kind\tlemma\tcode\tconditions\tintent\nverb\tattack\t1999\t-\t-\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("dict", "check", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals(dir.resolve("verbs.tsv") + ":2: unknown CAMEO event code '1999'\n1 problem\n", run.out());
  }

  @Test
  void check_missingDirectory_isOneLineError() {
    CliRun run = CliRun.of("dict", "check", dir.resolve("nope").toString());
    assertEquals(2, run.exitCode());
    assertEquals("dyad: " + dir.resolve("nope") + ": not a directory\n", run.err());
  }

  @Test
  void import_emptyDirectory_saysNothingFound() {
    CliRun run = CliRun.of("dict", "import", "--petrarch", dir.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("dyad: " + dir + ": no PETRARCH verb, actor or agent dictionary found"), run.err());
  }
}
