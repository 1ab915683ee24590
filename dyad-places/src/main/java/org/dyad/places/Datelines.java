package org.dyad.places;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Finds the dateline a wire story opens with ("KYIV, Ukraine (Reuters) –", "CAIRO, March 3 (AP)
 * –", "KHARTOUM —", a lower-cased "lagos:"): a gazetteer place, then optionally a state or country,
 * a date and an agency in parentheses, ended by a dash or a colon. The coder removes it before
 * parsing (else "KYIV … Russian forces" parses as one subject) and uses it as the story's place;
 * the geolocator uses the same detector. Thread-safe.
 */
public final class Datelines {
  private static final Set<String> DASHES = Set.of("-", "--", "—", "–", ":", "―");
  private static final Set<String> MONTHS = Set.of(
      "jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr", "apr.", "april", "may",
      "jun", "june", "jul", "july", "aug", "aug.", "august", "sep", "sep.", "sept", "sept.", "september",
      "oct", "oct.", "october", "nov", "nov.", "november", "dec", "dec.", "december");
  private static final int LONGEST_NAME = 3;
  /** Tokens a dateline may hold after its place: ", Ukraine", ", March 3", "(Reuters)". */
  private static final int LONGEST_TAIL = 9;

  private final Gazetteer gazetteer;

  public Datelines(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A dateline: the tokens {@code [0, length)} it covers, the place as written and the place chosen. */
  public record Dateline(int length, String written, Place place, Span span) {}

  /** The dateline opening these tokens (a sentence), if they open with one. */
  public Optional<Dateline> at(List<Token> tokens) {
    for (int n = Math.min(LONGEST_NAME, tokens.size() - 1); n >= 1; n--) {
      List<Token> name = tokens.subList(0, n);
      if (!sameCase(name)) {
        continue;
      }
      String written = join(name);
      List<Place> places = gazetteer.lookup(written);
      if (places.isEmpty()) {
        continue;
      }
      boolean lower = Character.isLowerCase(name.get(0).word().codePointAt(0));
      int end = tailEnd(tokens, n, lower);
      if (end < 0) {
        continue;
      }
      Place place = choose(places, tokens.subList(n, end));
      Span span = new Span(tokens.get(0).span().start(), tokens.get(end - 1).span().end());
      return Optional.of(new Dateline(end, written, place, span));
    }
    return Optional.empty();
  }

  /**
   * The index after the closing dash, or -1 when what follows the name is no dateline tail. The
   * dash stands apart ("KYIV -", not the hyphen of "B-2"); a colon may close a name directly
   * ("lagos:"); lower-case words belong only to a lower-cased dateline.
   */
  private static int tailEnd(List<Token> tokens, int from, boolean lower) {
    boolean inParentheses = false;
    for (int i = from; i < tokens.size() && i <= from + LONGEST_TAIL; i++) {
      String w = tokens.get(i).word();
      boolean apart = tokens.get(i).span().start() > tokens.get(i - 1).span().end();
      if (DASHES.contains(w) && !inParentheses && (apart || w.equals(":"))) {
        return i + 1 < tokens.size() ? i + 1 : -1;
      }
      if (w.equals("(") || w.equals("-LRB-")) {
        inParentheses = true;
      } else if (w.equals(")") || w.equals("-RRB-")) {
        inParentheses = false;
      } else if (!inParentheses && !w.equals(",") && !w.equals(".") && !isNameOrDate(w, lower)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isNameOrDate(String w, boolean lower) {
    return Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
        || MONTHS.contains(w.toLowerCase(Locale.ROOT)) || (lower && w.chars().allMatch(Character::isLowerCase));
  }

  /** "Tripoli, Lebanon": a country or state named in the tail wins; else the likeliest place. */
  private Place choose(List<Place> places, List<Token> tail) {
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : places) {
      double score = PlaceRanking.score(p, Set.of()) + (qualifiedBy(p, tail) ? 10 : 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  private boolean qualifiedBy(Place p, List<Token> tail) {
    return tail.stream().anyMatch(t -> gazetteer.lookup(t.word()).stream()
        .anyMatch(q -> (q.isCountry() || q.isDivision()) && q.country().equals(p.country())));
  }

  /** A place name written in capitals, in title case, or (in a lower-cased story) in lower case. */
  private static boolean sameCase(List<Token> name) {
    boolean upper = true;
    boolean lower = true;
    for (Token t : name) {
      upper &= Character.isUpperCase(t.word().codePointAt(0));
      lower &= t.word().chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
    }
    return upper || lower;
  }

  private static String join(List<Token> run) {
    StringBuilder s = new StringBuilder();
    for (Token t : run) {
      s.append(s.length() == 0 ? "" : " ").append(t.word());
    }
    return s.toString();
  }
}
