package org.dyad.coder;

import java.util.List;
import java.util.Set;
import org.dyad.model.Token;

/**
 * What marks a sentence as a headline: short, and no closing punctuation. Headlines drop articles
 * and auxiliaries, so the tag and parse repairs that undo those ellipses apply only to them.
 */
final class Headlines {
  private static final Set<String> CLOSING = Set.of(".", "?", "!");
  private static final int LONGEST = 25;

  private Headlines() {}

  /** Whether the tokens, at least {@code shortest} of them, are shaped like a headline. */
  static boolean shaped(List<Token> tokens, int shortest) {
    int n = tokens.size();
    return n >= shortest && n <= LONGEST && !CLOSING.contains(tokens.get(n - 1).word());
  }
}
