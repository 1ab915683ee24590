package org.dyad.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places a name the gazetteer does not hold stands for when it is another romanisation of
 * one it holds: news writes "Hodeidah" and "Qalqilya" where GeoNames keeps "Hodeida" and
 * "Qalqilyah", "Suwayda" and "Mahalla" where it keeps "As-Suwayda" and "El Mahalla". Names are
 * compared by a {@link #variantKey} that drops the Arabic article (al, el, as, ash …, as its own
 * word), a final h after a vowel (the tā' marbūṭa written "-ah" or "-a") and doubled letters
 * ("Nassiriya"). Only towns of at least {@value #POPULATION} people are matched this way, and only
 * when the name itself is unknown, so that a rare spelling never beats a place of that very name.
 * "NAME province" ("Hodeidah province") is the division whose seat NAME is. Built from every
 * place on first use.
 */
final class SpellingVariants {
  /** Towns smaller than this are found only by the spellings the gazetteer holds. */
  static final long POPULATION = 20_000;
  private static final Set<String> ARTICLES = Set.of("al", "el", "as", "ash", "ar", "ad", "at", "az", "an", "ath", "adh", "es", "ez", "ed",
      "er", "et", "en");
  private static final Set<String> DIVISION_WORDS = Set.of("province", "region", "governorate", "state", "oblast");
  private static final int SHORTEST = 4;

  private final Map<String, List<Place>> byVariant;
  private final Map<String, Place> divisions;

  private SpellingVariants(Map<String, List<Place>> byVariant, Map<String, Place> divisions) {
    this.byVariant = byVariant;
    this.divisions = divisions;
  }

  /** Indexes every town of at least {@value #POPULATION} people by the variant keys of its names, and every division by country and admin1 code. */
  static SpellingVariants of(PlaceIndex index) {
    Map<String, List<Place>> byVariant = new HashMap<>();
    Map<String, Place> divisions = new HashMap<>();
    for (int i = 0; i < index.size(); i++) {
      Place p = index.at(i);
      if (p.isDivision()) {
        divisions.putIfAbsent(p.country() + "." + p.admin1(), p);
        continue;
      }
      if (p.isCountry() || p.population() < POPULATION) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      keys.add(variantKey(p.name()));
      p.alternates().forEach(a -> keys.add(variantKey(a)));
      for (String k : keys) {
        if (k.length() >= SHORTEST) {
          List<Place> places = byVariant.computeIfAbsent(k, x -> new ArrayList<>(1));
          if (!places.contains(p)) {
            places.add(p);
          }
        }
      }
    }
    return new SpellingVariants(byVariant, divisions);
  }

  /** The places another romanisation of {@code name} stands for, or none. */
  List<Place> lookup(String name) {
    String[] words = words(name);
    if (words.length > 1 && DIVISION_WORDS.contains(words[words.length - 1])) {
      // "Hodeidah province": the division whose seat the rest of the name is
      String head = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
      List<Place> seats = byVariant.getOrDefault(variantKey(head), List.of());
      List<Place> found = new ArrayList<>();
      for (Place seat : seats) {
        Place division = seat.feature().startsWith("PPLA") || seat.feature().equals("PPLC") ? divisions.get(seat.country() + "." + seat.admin1()) : null;
        if (division != null && !found.contains(division)) {
          found.add(division);
        }
      }
      return List.copyOf(found);
    }
    String k = variantKey(name);
    return k.length() < SHORTEST ? List.of() : List.copyOf(byVariant.getOrDefault(k, List.of()));
  }

  /**
   * A name's key for comparing romanisations: lower-case ASCII words without an Arabic article of
   * their own (of a name of more than one word), joined, doubled letters single, a final h after a
   * vowel dropped: "Al Ḩudaydah", "Hudaydah" → "hudayda"; "Hodeidah" → "hodeida"; "As-Suwayda" → "suwayda".
   */
  static String variantKey(String name) {
    String[] words = words(name);
    StringBuilder joined = new StringBuilder();
    for (String w : words) {
      if (words.length > 1 && ARTICLES.contains(w)) {
        continue;
      }
      joined.append(w);
    }
    StringBuilder key = new StringBuilder(joined.length());
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
        key.append(c);
      }
    }
    int n = key.length();
    if (n > 2 && key.charAt(n - 1) == 'h' && "aeiou".indexOf(key.charAt(n - 2)) >= 0) {
      key.setLength(n - 1);
    }
    return key.toString();
  }

  private static String[] words(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }
}
