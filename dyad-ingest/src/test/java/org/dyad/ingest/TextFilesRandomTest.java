package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.util.Random;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arbitrary bytes are either an article or one clear input error, never another exception. */
class TextFilesRandomTest {
  private final TextFiles files = new TextFiles(4096);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void arbitraryBytes_giveAnArticleOrAnInputError(long seed) {
    Random random = new Random(seed);
    byte[] bytes = new byte[random.nextInt(5000)];
    random.nextBytes(bytes);
    if (seed % 3 == 0) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (32 + Math.floorMod(bytes[i], 95)); // printable ASCII
      }
    }
    try {
      Article a = files.read("random-" + seed, new ByteArrayInputStream(bytes), null);
      assertFalse(a.text().isBlank());
    } catch (DyadInputException e) {
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertEquals(true, e.getMessage().startsWith("random-" + seed + ": "), e.getMessage());
    }
  }
}
