package org.dyad.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The places a name the gazetteer does not hold stands for when it is another romanisation of
 * one it holds: news writes "Hodeidah" and "Qalqilya" where GeoNames keeps "Hodeida" and
 * "Qalqilyah", "Suwayda" and "Mahalla" where it keeps "As-Suwayda" and "El Mahalla". The name's
 * lookup key is tried without a final h after a vowel and with one (the tā' marbūṭa written "-ah"
 * or "-a"), with doubled letters single ("Nassiriya"), and each of these with an Arabic article
 * before it (al, el, as, ash …); an article inside the name is also tried with its other vowel
 * ("Deir el-Zour" is GeoNames' "Deir al-Zour"). Only towns of at least {@value #POPULATION} people,
 * and seats of government GeoNames gives no population ("Qamishli" is Al Qamishli, "Hawija" Al
 * Hawijah), are found this way, and only when the name itself is unknown, so that a rare spelling
 * never beats a place of that very name. "NAME province" ("Hodeidah province", "Khartoum state", "Kilifi county") is the
 * division whose seat NAME is, when the gazetteer does not know the division by those words; a district or county the
 * gazetteer has no division for ("Sukma district", a second-level one) is its seat, the town of that name, when the gazetteer marks it a seat. Each
 * look-up is a few dozen searches of the gazetteer's index: nothing is built or kept.
 */
final class SpellingVariants {
  /** Towns smaller than this are found only by the spellings the gazetteer holds. */
  static final long POPULATION = 20_000;
  private static final List<String> ARTICLES = List.of("", "al", "el", "as", "ash", "ar", "ad", "at", "az", "an", "ath", "adh", "es",
      "ez", "ed", "er", "et", "en");
  /** Division words that also name a second-level division, one the gazetteer knows by its seat only. */
  private static final Set<String> SECOND_LEVEL_WORDS = Set.of("county", "district");
  private static final int SHORTEST = 4;
  /** The Arabic article inside a name, after its vowel: al, el; assimilated as, ash, ad, ar, at, az, an, ath, adh. */
  private static final Set<String> INNER_ARTICLES = Set.of("l", "s", "sh", "d", "r", "t", "z", "n", "th", "dh");
  /** The seats the gazetteer keeps whatever their population (tools/gen-gazetteer.py). */
  private static final Set<String> SEATS = Set.of("PPLC", "PPLG", "PPLA", "PPLA2");

  private final PlaceIndex index;

  SpellingVariants(PlaceIndex index) {
    this.index = index;
  }

  /** The places another romanisation of {@code name} stands for, or none. */
  List<Place> lookup(String name) {
    String[] words = words(name);
    if (words.length > 1 && Locatives.DIVISION_WORDS.contains(words[words.length - 1])) {
      // "Hodeidah province": the division whose seat the rest of the name is, under its seat's name
      List<Place> found = new ArrayList<>();
      String head = String.join("", Arrays.copyOf(words, words.length - 1));
      List<Place> seats = new ArrayList<>(index.lookup(head)); // "Khartoum state": the gazetteer's spelling of the seat
      seats.stream().filter(Place::isDivision).forEach(found::add); // "Bomet County": the division Bomet
      seats.addAll(towns(head));
      for (Place seat : seats) {
        if (!(seat.feature().startsWith("PPLA") || seat.feature().equals("PPLC"))) {
          continue;
        }
        for (String ending : List.of("", words[words.length - 1], "province", "region", "governorate")) {
          for (Place p : index.lookup(Gazetteer.key(seat.name() + ending))) {
            if (p.isDivision() && p.country().equals(seat.country()) && p.admin1().equals(seat.admin1()) && !found.contains(p)) {
              found.add(p);
            }
          }
        }
      }
      if (found.isEmpty() && SECOND_LEVEL_WORDS.contains(words[words.length - 1])) {
        seats.stream().filter(p -> SEATS.contains(p.feature()) && !found.contains(p)).forEach(found::add);
      }
      return List.copyOf(found);
    }
    List<Place> found = new ArrayList<>(towns(String.join("", words)));
    for (String other : otherArticles(words)) {
      List<Place> towns = new ArrayList<>(index.lookup(other));
      towns.addAll(towns(other));
      for (Place p : towns) {
        if (!p.isCountry() && !p.isDivision() && (p.population() >= POPULATION || uncountedSeat(p)) && !found.contains(p)) {
          found.add(p);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The keys of a name with an Arabic article inside it written with the other vowel, or assimilated
   * to the sun letter after it and back: "Deir el-Zour" → "deiralzour" (GeoNames keeps "Deir
   * al-Zour"), "Ras al-Ain" → "raselain", "Jisr al-Shughur" → "jisrashshughur" (GeoNames keeps "Jisr
   * ash Shughūr"). Only the article changes, so no other name is reached.
   */
  static List<String> otherArticles(String[] words) {
    List<String> keys = new ArrayList<>();
    for (int k = 1; k < words.length - 1; k++) {
      String w = words[k];
      if (w.length() >= 2 && w.length() <= 3 && (w.charAt(0) == 'a' || w.charAt(0) == 'e') && INNER_ARTICLES.contains(w.substring(1))) {
        List<String> articles = new ArrayList<>();
        articles.add((w.charAt(0) == 'a' ? "e" : "a") + w.substring(1));
        String sun = sunLetter(words[k + 1]);
        if (w.substring(1).equals("l") && !sun.isEmpty()) {
          articles.add("a" + sun); // "al-Shughur" → "ash Shughur"
          articles.add("e" + sun);
        } else if (!w.substring(1).equals("l") && w.substring(1).equals(sun)) {
          articles.add("al"); // "an-Numan" → "al-Numan"
          articles.add("el");
        }
        for (String article : articles) {
          String[] other = words.clone();
          other[k] = article;
          keys.add(String.join("", other));
        }
      }
    }
    return keys;
  }

  /** The sun letter a word begins with, to which "al" assimilates (sh, th, dh, t, d, r, z, s, n), or "". */
  private static String sunLetter(String word) {
    for (String letter : List.of("sh", "th", "dh")) {
      if (word.startsWith(letter)) {
        return letter;
      }
    }
    return !word.isEmpty() && "tdrzsn".indexOf(word.charAt(0)) >= 0 ? word.substring(0, 1) : "";
  }

  /**
   * The towns whose names fold like {@code name} ({@link RomanisationFold}: "Hawara" is Huwwarah,
   * "Khan Sheikhoun" Khan Shaykhun), of any size, keeping only those with a spelling nearest the
   * name's key (edit distance): "Hawara" folds like Huwwarah, Haveri (India) and Chavari (Greece),
   * and is two letters from Huwwarah's "Huwarah" but three from the others. For a name neither the gazetteer
   * nor {@link #lookup} knows.
   */
  List<Place> folded(String name) {
    String fold = RomanisationFold.fold(name);
    if (fold.length() < RomanisationFold.SHORTEST) {
      return List.of();
    }
    String key = Gazetteer.key(name);
    List<Place> nearest = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (Place p : index.folded(fold)) {
      int d = RomanisationFold.distance(key, Gazetteer.key(p.name()));
      for (String a : p.alternates()) {
        d = Math.min(d, RomanisationFold.distance(key, Gazetteer.key(a)));
      }
      if (d < best) {
        nearest.clear();
        best = d;
      }
      if (d == best && !nearest.contains(p)) {
        nearest.add(p);
      }
    }
    return List.copyOf(nearest);
  }

  /** The towns of {@value #POPULATION} people or more that one of the key's romanisations names. */
  private List<Place> towns(String key) {
    if (key.length() < SHORTEST) {
      return List.of();
    }
    List<Place> found = new ArrayList<>();
    for (String spelling : spellings(key)) {
      for (Place p : index.lookup(spelling)) {
        if (!p.isCountry() && !p.isDivision() && (p.population() >= POPULATION || uncountedSeat(p)) && !found.contains(p)) {
          found.add(p);
        }
      }
    }
    return List.copyOf(found);
  }

  /** A seat of government whose population GeoNames does not give (Al Qamishli, Al Hawijah): it may be a town of any size. */
  static boolean uncountedSeat(Place p) {
    return p.population() == 0 && SEATS.contains(p.feature());
  }

  /**
   * The keys another romanisation of a key may have: without or with a final h after a vowel,
   * with doubled letters single, each also after an Arabic article ("hodeidah" → "hodeida",
   * "suwayda" → "assuwayda", "qalqilya" → "qalqilyah"); the key itself is not among them.
   */
  static Set<String> spellings(String key) {
    Set<String> stems = new LinkedHashSet<>();
    stems.add(key);
    int n = key.length();
    boolean vowelH = n > 2 && key.charAt(n - 1) == 'h' && "aeiou".indexOf(key.charAt(n - 2)) >= 0;
    if (vowelH) {
      stems.add(key.substring(0, n - 1));
    } else if ("aeiou".indexOf(key.charAt(n - 1)) >= 0) {
      stems.add(key + "h");
    }
    for (String s : List.copyOf(stems)) {
      stems.add(single(s));
    }
    Set<String> spellings = new LinkedHashSet<>();
    for (String article : ARTICLES) {
      for (String stem : stems) {
        spellings.add(article + stem);
      }
    }
    spellings.remove(key);
    return spellings;
  }

  /** A key with each run of one letter made one letter: "nassiriya" → "nasiriya". */
  private static String single(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
        b.append(key.charAt(i));
      }
    }
    return b.toString();
  }

  /** The lower-case ASCII words of a name, accents removed: "As-Suwayda" → [as, suwayda]. */
  private static String[] words(String name) {
    String folded = Gazetteer.decomposed(name);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c < 128 && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    String joined = b.toString().trim();
    return joined.isEmpty() ? new String[0] : joined.split(" ");
  }
}
