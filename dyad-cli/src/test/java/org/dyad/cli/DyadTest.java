package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Command-line parsing, without models. */
class DyadTest {
  @Test
  void code_withoutInput_isUsageError() {
    CliRun run = CliRun.of("code");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("Missing required parameter: 'FILE|DIR|-'"), run.err());
  }

  @Test
  void code_unknownFormat_namesTheValue() {
    CliRun run = CliRun.of("code", "--format", "xml", "x.txt");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("Invalid value for option '--format': expected one of [JSONL, TSV, TABLE]"), run.err());
  }

  @Test
  void code_badDate_namesTheValue() {
    CliRun run = CliRun.of("code", "--date", "18/11/2024", "x.txt");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("Invalid value for option '--date': expected a date YYYY-MM-DD, found '18/11/2024'"), run.err());
  }

  @Test
  void code_onlyMissingInputs_exitsTwoWithoutLoadingModels() {
    CliRun run = CliRun.of("code", "no-such-file.txt");
    assertEquals(2, run.exitCode());
    assertEquals("dyad: no-such-file.txt: no such file or directory\ndyad: no article to code\n", run.err());
  }

  @Test
  void help_listsCommands() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("code") && run.out().contains("bench"), run.out());
  }
}
