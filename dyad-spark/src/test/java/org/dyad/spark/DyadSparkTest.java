package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad spark code}'s checks, made before Spark starts: one line and exit code 2 each. */
class DyadSparkTest {
  @TempDir Path dir;

  @Test
  void code_missingInput_existingOut_badWindow_areOneLineErrors() {
    assertEquals("dyad: " + dir.resolve("none.jsonl") + ": no such file or directory\n",
        run("code", dir.resolve("none.jsonl").toString(), "--out", dir.resolve("out").toString()));
    assertEquals("dyad: --out " + dir + ": exists already; choose a new directory (nothing is overwritten)\n",
        run("code", dir.toString(), "--out", dir.toString()));
    assertEquals("dyad: --window must be at least 1, was 0\n", run("code", dir.toString(), "--out", dir.resolve("o").toString(), "--window", "0"));
  }

  private static String run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = DyadSpark.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(2, cli.execute(args));
    return err.toString();
  }
}
