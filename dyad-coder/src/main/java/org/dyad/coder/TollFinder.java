package org.dyad.coder;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Casualties;
import org.dyad.model.Token;

/**
 * Reads the human toll a sentence states: "killing four civilians" → fatalities 4, "over 50 were
 * detained" → arrested 50, "left 12 dead and 30 wounded" → 12 and 30. A number counts when a word
 * of killing, wounding or arrest stands within a few words of it, with no other number between;
 * the nearest such word decides the kind, and the first number of each kind wins. Numbers in
 * figures or words up to a hundred ("two", "twenty-one" is two numbers and is not read); vague
 * words ("dozens", "scores") state no number, nor do measures ("a 17-year-old"); "killed a farmer"
 * counts one. Thread-safe.
 */
final class TollFinder {
  private static final Set<String> DEATH = Set.of("kill", "killed", "killing", "dead", "die", "died", "death", "deaths",
      "fatality", "fatalities", "life", "lives", "body", "bodies", "massacre", "massacred", "execute", "executed", "lynch", "lynched",
      "behead", "beheaded");
  private static final Set<String> INJURY = Set.of("injure", "injured", "injuring", "injury", "injuries", "wound", "wounded",
      "wounding", "hurt", "casualty", "poison", "poisoned", "poisoning");
  private static final Set<String> ARREST = Set.of("arrest", "arrested", "arresting", "arrests", "detain", "detained",
      "detaining", "detention", "jail", "jailed", "rounded", "apprehend", "apprehended", "custody",
      "abduct", "abducted", "kidnap", "kidnapped");
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100));
  /** How many words apart a number and its word of killing, wounding or arrest may stand. */
  private static final int REACH = 4;

  Casualties find(java.util.List<Token> tokens) {
    Integer dead = null;
    Integer injured = null;
    Integer arrested = null;
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Integer> n = number(tokens, i);
      n = n.isPresent() ? n : oneVictim(tokens, i);
      if (n.isEmpty() || isYearOrDate(tokens, i) || isMeasure(tokens, i)) {
        continue;
      }
      int kindAt = nearestKind(tokens, i);
      if (kindAt < 0) {
        continue;
      }
      String w = lemma(tokens.get(kindAt));
      boolean used = false;
      if (DEATH.contains(w) && dead == null) {
        dead = n.get();
        used = true;
      } else if (INJURY.contains(w) && injured == null) {
        injured = n.get();
        used = true;
      } else if (ARREST.contains(w) && arrested == null) {
        arrested = n.get();
        used = true;
      }
      if (used) {
        from = Math.min(from, Math.min(i, kindAt));
        to = Math.max(to, Math.max(i, kindAt));
      }
    }
    if (to < 0) {
      return Casualties.NONE;
    }
    StringBuilder words = new StringBuilder();
    for (int k = from; k <= to; k++) {
      words.append(k == from ? "" : " ").append(tokens.get(k).word());
    }
    return new Casualties(dead, injured, arrested, words.toString());
  }

  /** The token of the nearest word of killing, wounding or arrest within reach, no number between; or -1. */
  private int nearestKind(java.util.List<Token> tokens, int i) {
    for (int d = 1; d <= REACH; d++) {
      for (int k : new int[] {i + d, i - d}) {
        if (k < 0 || k >= tokens.size()) {
          continue;
        }
        String w = lemma(tokens.get(k));
        if (DEATH.contains(w) || INJURY.contains(w) || ARREST.contains(w)) {
          return between(tokens, i, k) ? -1 : k;
        }
      }
    }
    return -1;
  }

  /** Whether another number or a full stop stands between tokens a and b. */
  private boolean between(java.util.List<Token> tokens, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      if (number(tokens, k).isPresent() || tokens.get(k).word().equals(";")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Integer> number(java.util.List<Token> tokens, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,6}")) {
      return Optional.of(Integer.parseInt(w));
    }
    return Optional.ofNullable(WORDS.get(w));
  }

  /**
   * "killed a farmer", "shot dead a clan elder", "arrested an activist": an article right after a
   * word of killing, wounding or arrest, before a singular noun, counts one.
   */
  private static Optional<Integer> oneVictim(java.util.List<Token> tokens, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (i == 0 || !(w.equals("a") || w.equals("an"))) {
      return Optional.empty();
    }
    String before = lemma(tokens.get(i - 1));
    if (!(DEATH.contains(before) || INJURY.contains(before) || ARREST.contains(before))) {
      return Optional.empty();
    }
    for (int k = i + 1; k < tokens.size() && k <= i + 3 && number(tokens, k).isEmpty(); k++) {
      String tag = tokens.get(k).pos();
      if (tag.equals("NN") || tag.equals("NNP")) {
        return Optional.of(1 + alsoKilled(tokens, k + 1));
      }
      if (!tag.startsWith("JJ") && !tag.equals("NN") && !tag.equals("VBN")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "killing a woman and her two children", "killed a man and his son": the victims joined by "and"
   * after the first (a number before a plural noun, or one person named with "his", "her", "a"),
   * counted from {@code k}, the word after the first victim; 0 when none is joined.
   */
  private static int alsoKilled(java.util.List<Token> tokens, int k) {
    if (k + 2 >= tokens.size() || !tokens.get(k).word().equalsIgnoreCase("and")) {
      return 0;
    }
    int at = k + 1;
    boolean determined = Set.of("PRP$", "DT").contains(tokens.get(at).pos());
    at += determined ? 1 : 0;
    Optional<Integer> n = number(tokens, at);
    if (n.isPresent()) {
      return at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("NNS") ? n.get() : 0;
    }
    return determined && tokens.get(at).pos().equals("NN") ? 1 : 0;
  }

  /** "in 2014", "March 3": numbers that date, not count. */
  private static boolean isYearOrDate(java.util.List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (w.matches("(19|20)\\d\\d")) {
      return true;
    }
    String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return EventTimes.MONTHS.containsKey(before);
  }

  /** "a 17-year-old", "a 56-day strike", "a five-member team": a number joined by a hyphen measures, it does not count. */
  private static boolean isMeasure(java.util.List<Token> tokens, int i) {
    return i + 2 < tokens.size() && Set.of("-", "–").contains(tokens.get(i + 1).word())
        && Character.isLetter(tokens.get(i + 2).word().codePointAt(0));
  }

  private static String lemma(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
