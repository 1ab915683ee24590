package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void constructor_startAfterEnd_namesBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
    assertEquals("start must be >= 0 and <= end: start=5, end=3", e.getMessage());
  }

  @Test
  void union_coversBoth() {
    assertEquals(new Span(2, 9), new Span(5, 9).union(new Span(2, 4)));
  }

  @Test
  void of_returnsCoveredText() {
    assertEquals("Kyiv", new Span(4, 8).of("hit Kyiv today"));
    assertTrue(new Span(0, 10).contains(new Span(4, 8)));
  }
}
