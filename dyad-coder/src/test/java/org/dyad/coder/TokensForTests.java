package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;
import org.dyad.model.Token;

/** Words and punctuation of a test sentence as tokens, for the parts that read tokens only (no tagger). */
final class TokensForTests {
  private TokensForTests() {}

  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N},'-]*(?<![,])|[^\\s]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.group(), m.group().toLowerCase(java.util.Locale.ROOT), "NN", new Span(m.start(), m.end())));
    }
    return tokens;
  }
}
