package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad option values are one line naming the option and why, exit 2, before anything is opened (issue 15 item 10). */
class OptionChecksTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "dyads --top -5|dyad: --top must be at least 1, found -5",
      "alerts --window 0|dyad: --window must be at least 1, found 0",
      "alerts --threshold -1|dyad: --threshold must be a positive number, found -1.0",
      "alerts --window 53|dyad: --window must be at most 52, found 53",
      "export --format csv --out - |dyad: --out - : export writes a file (its format may be binary, e.g. parquet); name one",
      "export --format csv --out x.csv --since 2024-03-02 --until 2024-03-01|dyad: --since 2024-03-02 is after --until 2024-03-01; no event could match",
      "timeline arm? aze|dyad: SOURCE must be an actor code of letters (e.g. RUS, UKRMIL), found 'arm?'",
      "code --threads 0 missing.txt|dyad: --threads must be at least 1, found 0"})
  void badValue_isOneLineAndExit2(String command, String expected) {
    String db = dir.resolve("none.duckdb").toString();
    String[] words = (command.trim() + (command.startsWith("code") ? "" : " --db " + db)).split(" +");
    CliRun run = CliRun.of(words);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(expected + "\n", run.err());
    assertEquals(false, Files.exists(Path.of(db)), "nothing was opened or created");
  }
}
