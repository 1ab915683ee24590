package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deciding near-duplicates in input order from the judged pairs; no Spark needed. */
class NearDuplicatesTest {
  @Test
  void resolve_aCopyIsNoOriginal_andTheMostSimilarEarlierOriginalWins() {
    List<NearDuplicates.Pair> pairs = List.of(
        new NearDuplicates.Pair(1, "a", 2, "b", 0.9), // b copies a
        new NearDuplicates.Pair(2, "b", 3, "c", 0.95), // b is a copy, so c cannot copy it...
        new NearDuplicates.Pair(1, "a", 3, "c", 0.85), // ...and copies a
        new NearDuplicates.Pair(4, "d", 6, "f", 0.85),
        new NearDuplicates.Pair(5, "e", 6, "f", 0.92), // the more similar original
        new NearDuplicates.Pair(7, "g", 9, "i", 0.9),
        new NearDuplicates.Pair(8, "h", 9, "i", 0.9)); // a tie: the earlier original
    assertEquals(Map.of("b", "a", "c", "a", "f", "e", "i", "g"), NearDuplicates.resolve(pairs));
  }
}
