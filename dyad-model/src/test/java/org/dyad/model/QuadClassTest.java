package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuadClassTest {
  @ParameterizedTest
  @CsvSource({"1,VERBAL_COOPERATION", "5,VERBAL_COOPERATION", "6,MATERIAL_COOPERATION", "8,MATERIAL_COOPERATION",
      "9,VERBAL_CONFLICT", "13,VERBAL_CONFLICT", "14,MATERIAL_CONFLICT", "20,MATERIAL_CONFLICT"})
  void ofRoot_followsGdeltConvention(int root, QuadClass expected) {
    assertEquals(expected, QuadClass.ofRoot(root));
  }

  @ParameterizedTest
  @CsvSource({"0", "21"})
  void ofRoot_outOfRange_saysSo(int root) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuadClass.ofRoot(root));
    assertEquals("CAMEO root must be 1 to 20, was " + root, e.getMessage());
  }
}
