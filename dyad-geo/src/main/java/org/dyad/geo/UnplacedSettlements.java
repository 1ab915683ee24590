package org.dyad.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.places.Demonyms;
import org.dyad.places.Locatives;
import org.dyad.places.Place;

/**
 * A settlement a sentence names that no place of the gazetteer can stand for: "recaptured the
 * village of Robotyne" (a village GeoNames' cities500 lacks), "attacked a checkpoint near Lere" in
 * a story datelined Bamako (whose only Lere lies in Nigeria, a namesake). The event did happen in
 * a named place, only not one Dyad can put on the map; so neither an actor's country ("from
 * Russian forces": Russia) nor the dateline's city is that place. The geolocator then places the
 * event in the country the sentence gives the settlement ("the eastern Ukrainian town of
 * Vuhledar"), else the dateline's country, else its actors' one country when both sides share it
 * ("Nigerian troops killed 15 bandits in Kanoma"), else nowhere. A name in the sentence's
 * attribution ("the governor of the town of X said") does not count. Thread-safe.
 */
final class UnplacedSettlements {
  /** Nouns whose "of" phrase names a settlement: "the village of Robotyne", "the town of Kidal". */
  private static final Set<String> SETTLEMENTS = Set.of("village", "villages", "town", "towns", "city", "hamlet", "settlement",
      "township", "locality", "commune");
  /** Prepositions whose object is where the act happened: "near Lere". */
  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "around");
  /** How many words before a settlement noun may hold the adjective of its country: "the eastern Ukrainian border town of". */
  private static final int ADJECTIVES = 3;

  /**
   * A settlement no place stands for and the country its own phrase gives it (or null); written is
   * the settlement's name or, with a country, the words that give it ("southern Lebanese").
   */
  record Unplaced(String written, Place country) {}

  private final Demonyms demonyms;

  UnplacedSettlements(Demonyms demonyms) {
    this.demonyms = demonyms;
  }

  /**
   * The settlement the tokens name with no place: a settlement noun's "of" phrase whose name is no
   * mention or one whose places are all far namesakes; or a locative's object whose places are all
   * far namesakes.
   *
   * @param mentions the sentence's place names, with every place they may mean
   * @param attribution the span of the sentence's attribution, or null
   * @param namesake whether a mention's place is a far namesake in this story
   */
  Optional<Unplaced> find(List<Token> tokens, List<GeoLocator.Mention> mentions, Span attribution,
      BiPredicate<Place, GeoLocator.Mention> namesake) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token name = tokens.get(i + 2);
      if (SETTLEMENTS.contains(lower(tokens.get(i))) && lower(tokens.get(i + 1)).equals("of") && name.isProperNoun()
          && Character.isUpperCase(name.word().codePointAt(0)) && !inside(attribution, name.span())) {
        int at = i + 2;
        List<GeoLocator.Mention> there = mentions.stream().filter(m -> m.first() == at).toList();
        if (there.isEmpty() || there.stream().allMatch(m -> onlyNamesakes(m, namesake))) {
          return Optional.of(countryBefore(tokens, i).orElse(new Unplaced(name.word(), null))); // "the village of Robotyne"
        }
      }
    }
    for (GeoLocator.Mention m : mentions) {
      if (m.first() > 0 && LOCATIVES.contains(lower(tokens.get(m.first() - 1))) && !inside(attribution, m.span())
          && onlyNamesakes(m, namesake)) {
        return Optional.of(new Unplaced(m.written(), null)); // "near Lere" with a Malian dateline
      }
    }
    return Optional.empty();
  }

  /**
   * The country an adjective just before a settlement noun names, with a direction before it ("the
   * Syrian town of", "the southern Lebanese village of"), if any.
   */
  private Optional<Unplaced> countryBefore(List<Token> tokens, int noun) {
    for (int j = noun - 1; j >= Math.max(0, noun - ADJECTIVES); j--) {
      Token t = tokens.get(j);
      if (Set.of("the", "a", "an", ",").contains(lower(t))) {
        break;
      }
      Optional<Place> country = Character.isUpperCase(t.word().codePointAt(0)) ? demonyms.country(t.word()) : Optional.empty();
      if (country.isPresent()) {
        boolean direction = j > 0 && Locatives.DIRECTIONS.contains(lower(tokens.get(j - 1)));
        return Optional.of(new Unplaced((direction ? tokens.get(j - 1).word() + " " : "") + t.word(), country.get()));
      }
    }
    return Optional.empty();
  }

  private static boolean onlyNamesakes(GeoLocator.Mention m, BiPredicate<Place, GeoLocator.Mention> namesake) {
    return !m.qualified() && !m.places().isEmpty() && m.places().stream().allMatch(p -> namesake.test(p, m));
  }

  private static boolean inside(Span attribution, Span span) {
    return attribution != null && attribution.contains(span);
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
