package org.dyad.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The countries of the cities and divisions an article names outside the dictionary's names ("police
 * in haryana … on their march to delhi": India; "a zamfara state government spokesman": Nigeria),
 * computed before coding: where its unnamed actors are when no country is named. A name counts after a
 * preposition of place or before a division word, as a whole run of capitalised words, when it is a
 * city of 100,000 people or more or a division of one country only ({@link PlaceNames#storyCountry}).
 */
final class StoryPlaces {
  private StoryPlaces() {}

  /** Words after a name that make it a smaller place's: "Kani township", "Jenin camp". */
  private static final Set<String> SMALLER_PLACES = Set.of("township", "village", "town", "camp", "refugee",
      "neighbourhood", "neighborhood", "suburb", "area", "municipality", "subdistrict", "tehsil", "ward");

  /** Prepositions after which a name is a place: "in Lagos", "their march to Delhi". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "to", "from",
      "into", "across", "around", "between", "through", "toward", "towards");

  /** The countries of the cities and divisions an article names, most often named first ("… on their march to delhi": India). */
  static List<String> countries(List<Sentence> sentences, List<List<NameHit>> hits, PlaceNames places) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (String c : storyPlaces(sentences.get(i).tokens(), hits.get(i), places)) {
        if (counts.merge(c, 1, Integer::sum) == 1) {
          order.add(c);
        }
      }
    }
    List<String> ranked = new ArrayList<>(order);
    ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
    return ranked;
  }

  /**
   * The countries of the capitalised words that name a sizeable city or a division of one country
   * only ({@link PlaceNames#storyCountry}), outside the dictionary's names: after a preposition of
   * place ("in Lagos"), or before a division word ("a Zamfara state government spokesman").
   */
  private static List<String> storyPlaces(List<Token> tokens, List<NameHit> hits, PlaceNames places) {
    List<String> found = new ArrayList<>();
    int i = 1;
    while (i < tokens.size()) {
      // the whole run of capitalised words outside the dictionary's names ("Pueblo Nuevo" is no Pueblo, Colorado)
      int end = i;
      while (end < tokens.size() && PlaceNames.capitalised(tokens.get(end).word()) && !covered(hits, end)) {
        end++;
      }
      if (end == i) {
        i++;
        continue;
      }
      int last = end - 1;
      boolean titled = last > i && org.dyad.places.Locatives.DIVISION_WORDS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT));
      int nameEnd = titled ? last : end; // ("Kaduna State": the division word written in capitals)
      String after = titled ? tokens.get(last).word().toLowerCase(Locale.ROOT)
          : end < tokens.size() ? tokens.get(end).word().toLowerCase(Locale.ROOT) : "";
      boolean division = org.dyad.places.Locatives.DIVISION_WORDS.contains(after);
      boolean placed = division || PLACE_PREPOSITIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
      // (not a smaller place the name only starts, "in Kani township", nor a direction alone, "the north-western district")
      if (placed && !SMALLER_PLACES.contains(after) && !PlaceNames.neverInName(tokens.get(i).word())) {
        // its first two words, else its first ("Lahore High Court" is in Lahore), unless they name a place of their own
        // ("Pueblo Nuevo", a Mexican town, is no Pueblo, Colorado); a direction alone names none ("the north-western district")
        for (int to = Math.min(nameEnd, i + 2); to > i; to--) {
          String written = String.join(" ", tokens.subList(i, to).stream().map(Token::word).toList());
          Optional<String> country = to == i + 1 && directional(written) ? Optional.<String>empty()
              : places.storyCountry(written, division && to == nameEnd);
          if (country.isPresent() || places.names(written)) {
            country.ifPresent(found::add);
            break;
          }
        }
      }
      i = end;
    }
    return found;
  }

  private static boolean covered(List<NameHit> hits, int token) {
    return hits.stream().anyMatch(h -> h.covers(token));
  }

  /** Words of a compass direction, alone or joined ("north-western"). */
  private static boolean directional(String word) {
    for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
      if (part.matches("(north|south|east|west)(ern)?|(north|south)(east|west)(ern)?|central|upper|lower|middle")) {
        return true;
      }
    }
    return false;
  }
}
