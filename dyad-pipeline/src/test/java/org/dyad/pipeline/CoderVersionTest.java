package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coder version from the files alone: stable, and changed by a dictionary or the typer. */
class CoderVersionTest {
  @TempDir Path dir;

  @Test
  void of_builtIn_isStable_andReadsAsReleasePlusHash() throws Exception {
    CoderVersion v = CoderVersion.of(new Pipeline.Settings(null, false, 1));
    assertEquals(v, CoderVersion.of(new Pipeline.Settings(null, false, 4)));
    assertTrue(v.toString().matches("[0-9][^+]*\\+[0-9a-f]{12}"), v.toString());
    assertNotEquals(v, CoderVersion.of(new Pipeline.Settings(null, true, 1)));
  }

  @Test
  void of_aChangedDictionary_changesTheHash_andAnIdenticalCopyDoesNot() throws Exception {
    CoderVersion builtIn = CoderVersion.of(new Pipeline.Settings(null, false, 1));
    try (InputStream in = getClass().getResourceAsStream("/org/dyad/coder/dict/verbs.tsv")) {
      Files.write(dir.resolve("verbs.tsv"), in.readAllBytes());
    }
    assertEquals(builtIn, CoderVersion.of(new Pipeline.Settings(dir, false, 1)));
    Files.writeString(dir.resolve("verbs.tsv"), "\nverb\tslam\t111\t\t\n", java.nio.file.StandardOpenOption.APPEND);
    assertNotEquals(builtIn, CoderVersion.of(new Pipeline.Settings(dir, false, 1)));
  }
}
