package org.dyad.coder.dictionary;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadInputException;

/**
 * Where dictionary loaders send a bad line: a strict sink throws at the first (loading for
 * coding), a collecting one keeps them all and the loader skips the line ({@code dyad dict
 * check}).
 */
public final class Problems {
  private final boolean strict;
  private final List<DyadInputException> found = new ArrayList<>();

  private Problems(boolean strict) {
    this.strict = strict;
  }

  public static Problems strict() {
    return new Problems(true);
  }

  public static Problems collecting() {
    return new Problems(false);
  }

  /** Throws the problem when strict; else records it. */
  void report(DyadInputException problem) throws DyadInputException {
    if (strict) {
      throw problem;
    }
    found.add(problem);
  }

  /** The problems recorded, as one-line messages ({@code file:line: problem}), in order found. */
  public List<String> messages() {
    return found.stream().map(DyadInputException::getMessage).toList();
  }
}
