package org.dyad.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spelling-blind form of a town's name in a country whose names the news romanises from
 * another script, so that its many romanisations meet: "Hawara" and "Huwwarah", "Maarat al-Noman"
 * and "Ma'arrat an Nu'man", "Sheikh Zuweid" and "Ash Shaykh Zuwayd", "Zaporozhye" and
 * "Zaporizhzhya", "Khan Sheikhoun" and "Khan Shaykhun" all fold alike. The fold, in order: an
 * Arabic article before another word is dropped (al, el, ul always; an assimilated one, as-, ash-,
 * an-, ad- …, before the letter it assimilated to); apostrophes and ayns, spaces and hyphens go
 * (as in {@link Gazetteer#key}); a final h after a vowel goes (-iyah, -iya, -ieh); sch is sh, tch
 * ch, dzh, dj and zh j, kh h, gh g, ph f, ck and q k, w v, dz z; every run of vowels after the
 * first letter (a, e, i, o, u, y: ou/u, ee/i, y/i) is one "a"; and a doubled letter is single.
 *
 * <p>Measured on GeoNames cities500 ({@code python3 tools/fold-collisions.py cities500.txt}): the
 * names of the gazetteer's 19,668 towns in these countries fold to 35,480 keys (of five letters or
 * more), 3,434 of them shared by several towns. Of the 18,520 Latin-script spellings that cities500
 * gives for those towns but the gazetteer does not keep, the fold finds the right town for 3,228
 * and only other towns for 1,332 (396 of them with one in the same country); keeping the nearest
 * spellings only ({@link #distance}), the right town alone for 2,921. Over every country's towns
 * it would find the right one for 5,627 of 40,243 and only others for 5,363, which is why it is
 * kept to these countries. So a fold is a guess: it is tried only when no name or other known
 * spelling matches ({@link SpellingVariants}), its nearest spellings win, and a town found by a
 * fold is a namesake unless it lies near the story's countries ({@link Namesakes}).
 */
final class RomanisationFold {
  /** Folds shorter than this find nothing: four letters fold too many names together ("Beita", "Bata"). */
  static final int SHORTEST = 5;

  /**
   * Countries whose place names reach the news romanised from another script (Cyrillic, Greek,
   * Armenian, Georgian, Hebrew, Arabic, Persian, Ge'ez, the scripts of South and mainland
   * South-East Asia), or written in a Latin spelling of their own beside older romanisations
   * (Azerbaijan, Uzbekistan, Turkmenistan, the Maghreb, Somalia). East Asia is left out: pinyin,
   * Hepburn and Revised Romanisation are near universal in the news.
   */
  static final Set<String> COUNTRIES = Set.of(
      "RUS", "UKR", "BLR", "BGR", "SRB", "MKD", "KAZ", "KGZ", "TJK", "UZB", "TKM", "MNG", "ARM", "GEO", "AZE",
      "GRC", "CYP", "ISR", "PSE", "LBN", "SYR", "IRQ", "JOR", "SAU", "YEM", "OMN", "ARE", "QAT", "BHR", "KWT",
      "EGY", "LBY", "TUN", "DZA", "MAR", "MRT", "ESH", "SDN", "SSD", "TCD", "SOM", "DJI", "ERI", "ETH", "IRN",
      "AFG", "PAK", "IND", "BGD", "NPL", "LKA", "BTN", "MMR", "THA", "LAO", "KHM");

  /** The article "al" assimilated to the sun letter after it, in the forms the news writes. */
  private static final Map<String, String> ASSIMILATED = Map.ofEntries(
      Map.entry("as", "s"), Map.entry("ash", "sh"), Map.entry("esh", "sh"), Map.entry("ad", "d"), Map.entry("ar", "r"),
      Map.entry("at", "t"), Map.entry("az", "z"), Map.entry("an", "n"), Map.entry("ath", "th"), Map.entry("adh", "dh"),
      Map.entry("es", "s"), Map.entry("ez", "z"), Map.entry("ed", "d"), Map.entry("er", "r"), Map.entry("et", "t"),
      Map.entry("en", "n"));
  private static final Set<String> ARTICLES = Set.of("al", "el", "ul");
  /** Letter groups written differently by different romanisations, each with the one form they fold to, longest first. */
  private static final String[][] GROUPS = {
      {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"}, {"gh", "g"}, {"ph", "f"},
      {"ck", "k"}, {"q", "k"}, {"w", "v"}, {"dz", "z"}};

  private RomanisationFold() {}

  /** Whether the towns of a country (ISO alpha-3) are folded. */
  static boolean folded(String iso3) {
    return COUNTRIES.contains(iso3);
  }

  /** The fold of a name (see the class comment); "" when it has no letters. */
  static String fold(String name) {
    List<String> words = words(name);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean before = i < words.size() - 1;
      if (before && (ARTICLES.contains(w) || ASSIMILATED.containsKey(w) && words.get(i + 1).startsWith(ASSIMILATED.get(w)))) {
        continue;
      }
      joined.append(w);
    }
    String s = joined.toString();
    int n = s.length();
    if (n > 2 && s.charAt(n - 1) == 'h' && vowel(s.charAt(n - 2))) {
      s = s.substring(0, n - 1);
    }
    for (String[] group : GROUPS) {
      s = s.replace(group[0], group[1]);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = i > 0 && vowel(s.charAt(i)) ? 'a' : s.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The edit distance (Levenshtein) between two lookup keys: the nearer spelling of two folded alike wins. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** The lower-case ASCII words of a name, accents, apostrophes and ayns removed: "Ma'arrat an-Nu'man" → [maarrat, an, numan]. */
  private static List<String> words(String name) {
    String folded = Gazetteer.decomposed(name);
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        w.append(c);
      } else if (c < 128 && !apostrophe(c) && w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '`';
  }
}
