package org.dyad.places;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Token;

/**
 * The place a Title Case headline ends on: "Soldiers Kill 12 Militants Near Tessalit", "Bandits
 * Abduct 20 Villagers In Zurmi", "Gunmen Kill Five In Zamfara Village Attack". Dyad reads such a
 * headline as caseless text, where a word is a place name only when the gazetteer holds a place
 * of 100,000 people or more under it, since every word is capitalised and "Market", "Police" and
 * "Home" are towns too. The object of the headline's last locative preposition (in, near, at,
 * outside, around) is where its event happened, so there any seat of government (Tessalit and
 * Zurmi, seats GeoNames gives no population), town of {@value #POPULATION} people or more, or
 * first-level division may be the name, by its own name ("At Market" is no Marquette, Michigan,
 * whose spellings hold "Market"); a word that names a part of a place ("North", "Centre",
 * "Capital", {@link Locatives#PLACE_NOUNS}) never is. Stateless.
 */
public final class HeadlinePlaces {
  /** Towns smaller than this, seats aside, are found in a Title Case headline only when they are big enough for any caseless text. */
  static final long POPULATION = 20_000;
  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "around");
  private static final Set<String> SEATS = Set.of("PPLC", "PPLG", "PPLA", "PPLA2");

  private HeadlinePlaces() {}

  /**
   * For each headline of a text (its lines, or sentences ending in . ! ?), the index of the word
   * after its last locative preposition: "… Kill 12 Militants Near Tessalit" → the index of
   * "Tessalit".
   *
   * @param words the spans of the text's words, in order
   */
  public static Set<Integer> lastLocativeObjects(String text, List<int[]> words) {
    Set<Integer> found = new HashSet<>();
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && endsHeadline(text, words.get(i - 1)[1], words.get(i)[0])) {
        if (last >= 0) {
          found.add(last);
        }
        last = -1;
      }
      if (i + 1 < words.size() && LOCATIVES.contains(text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT))
          && !endsHeadline(text, words.get(i)[1], words.get(i + 1)[0])) {
        last = i + 1;
      }
    }
    if (last >= 0) {
      found.add(last);
    }
    return found;
  }

  private static boolean endsHeadline(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      if ("\n.!?".indexOf(text.charAt(c)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token k of a sentence is the object of its last locative preposition ("… Near
   * Tessalit"), as {@link #lastLocativeObjects} finds it in the text.
   */
  public static boolean atEnd(List<Token> tokens, int k) {
    if (k < 1 || !LOCATIVES.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = k + 1; i < tokens.size() - 1; i++) {
      if (LOCATIVES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a place the gazetteer holds under the words written may be the headline's place (see the class comment). */
  public static boolean mayBe(Place p, String written) {
    if (Locatives.PLACE_NOUNS.contains(written.toLowerCase(Locale.ROOT)) || p.isCountry()) {
      return p.isCountry();
    }
    return Gazetteer.key(written).equals(Gazetteer.key(p.name())) && (p.isDivision() || SEATS.contains(p.feature())
        || p.population() >= POPULATION);
  }
}
