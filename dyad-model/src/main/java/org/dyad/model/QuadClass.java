package org.dyad.model;

/**
 * The four-way summary of CAMEO root codes used by GDELT and ICEWS: cooperation or conflict, in
 * words or in deeds.
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** The GDELT number, 1 to 4. */
  public int number() {
    return number;
  }

  public static QuadClass ofNumber(int number) {
    for (QuadClass q : values()) {
      if (q.number == number) {
        return q;
      }
    }
    throw new IllegalArgumentException("quad class must be 1 to 4, was " + number);
  }

  /** The quad class of a CAMEO root code: 01–05, 06–08, 09–13, 14–20. */
  public static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root must be 1 to 20, was " + root);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    return root <= 13 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
  }
}
