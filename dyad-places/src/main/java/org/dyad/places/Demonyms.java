package org.dyad.places;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country an adjective names ("the Ugandan capital" → Uganda): the common English endings
 * undone (Ugandan → Uganda, Sudanese → Sudan, Ukrainian → Ukraine, Iraqi → Iraq) and checked
 * against the gazetteer's countries, with the irregular adjectives and short names listed here
 * (French, British, Dutch, Lebanese, Turkish, US …, written by the Dyad authors from common English
 * usage). Thread-safe.
 */
public final class Demonyms {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("french", "France"), Map.entry("british", "United Kingdom"),
      Map.entry("english", "United Kingdom"), Map.entry("dutch", "Netherlands"), Map.entry("swiss", "Switzerland"),
      Map.entry("lebanese", "Lebanon"), Map.entry("afghan", "Afghanistan"), Map.entry("somali", "Somalia"), Map.entry("polish", "Poland"),
      Map.entry("spanish", "Spain"), Map.entry("belgian", "Belgium"), Map.entry("portuguese", "Portugal"), Map.entry("greek", "Greece"),
      Map.entry("thai", "Thailand"), Map.entry("filipino", "Philippines"), Map.entry("philippine", "Philippines"),
      Map.entry("saudi", "Saudi Arabia"), Map.entry("peruvian", "Peru"), Map.entry("argentine", "Argentina"),
      Map.entry("argentinian", "Argentina"), Map.entry("czech", "Czechia"), Map.entry("slovak", "Slovakia"), Map.entry("danish", "Denmark"),
      Map.entry("swedish", "Sweden"), Map.entry("finnish", "Finland"), Map.entry("irish", "Ireland"), Map.entry("kazakh", "Kazakhstan"),
      Map.entry("uzbek", "Uzbekistan"), Map.entry("burmese", "Myanmar"), Map.entry("emirati", "United Arab Emirates"),
      Map.entry("american", "United States"), Map.entry("cypriot", "Cyprus"), Map.entry("malagasy", "Madagascar"),
      Map.entry("norwegian", "Norway"), Map.entry("turkish", "Türkiye"), Map.entry("us", "United States"),
      Map.entry("u.s.", "United States"), Map.entry("uk", "United Kingdom"), Map.entry("u.k.", "United Kingdom"));
  /** Endings and what they stand for, tried in order: Ugandan → Uganda, Sudanese → Sudan. */
  private static final List<String[]> ENDINGS = List.of(new String[] {"ian", "ia"}, new String[] {"ian", "e"},
      new String[] {"ian", "y"}, new String[] {"ian", ""}, new String[] {"an", "a"}, new String[] {"an", "o"}, new String[] {"an", ""},
      new String[] {"ese", ""}, new String[] {"ese", "a"}, new String[] {"i", ""}, new String[] {"n", ""});

  private final Gazetteer gazetteer;

  public Demonyms(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The country the adjective (or a country's own name: "US") stands for, if any. */
  public Optional<Place> country(String adjective) {
    String lower = adjective.toLowerCase(Locale.ROOT);
    Optional<Place> found = countryNamed(IRREGULAR.getOrDefault(lower, adjective));
    if (found.isPresent() || IRREGULAR.containsKey(lower)) {
      return found;
    }
    for (String[] e : ENDINGS) {
      if (lower.endsWith(e[0]) && lower.length() > e[0].length() + 2) {
        found = countryNamed(adjective.substring(0, adjective.length() - e[0].length()) + e[1]);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Place> countryNamed(String name) {
    return gazetteer.lookup(name).stream().filter(Place::isCountry).findFirst();
  }
}
