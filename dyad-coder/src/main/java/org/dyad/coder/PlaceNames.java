package org.dyad.coder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Token;
import org.dyad.places.Features;
import org.dyad.places.Gazetteer;
import org.dyad.places.HeadlinePlaces;
import org.dyad.places.Locatives;
import org.dyad.places.Namesakes;
import org.dyad.places.Place;
import org.dyad.places.PlaceRanking;
import org.dyad.places.Qualifiers;

/**
 * The gazetteer as the coder sees it: which proper-noun phrase of a sentence is a place, and
 * which country it lies in. Only proper nouns (in a caseless article, any noun) are candidates,
 * never months or weekdays, so "in March" or "on Thursday" is no place. Among the places a name
 * may mean, the likeliest in the context's countries wins ({@link PlaceRanking}); a sea, region or
 * disputed area of {@link Features} wins over towns of the same name ("Kashmir" is not Cashmere,
 * Washington; "the Sahel" is no one country). Thread-safe.
 */
final class PlaceNames {
  private static final Set<String> NEVER = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "tonight", "yesterday", "tomorrow", "president", "prime", "minister", "government", "police",
      "army", "state", "national", "north", "south", "east", "west", "central", "university", "city");
  /** A lower-cased name is taken as a place only when the place is this large, or a division word follows it (caseless text says less). */
  private static final long CASELESS_MIN_POPULATION = 100_000;
  /** Lower-case words that end a division's name: "Kherson region", "Chin state", "Ryazan oblast". */
  /**
   * Words after a country's name that make it the name of a body of water or a city ("China Sea",
   * "Arabian Sea", "Benin City", a Nigerian city), whose place the gazetteer then finds.
   */
  private static final Set<String> LONGER_PLACES = Set.of("sea", "ocean", "strait", "straits", "city");

  /** Whether a word is never part of a place's name ("North", "Monday", "government"), so names are read without it. */
  static boolean neverInName(String word) {
    return NEVER.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a country's name is the start of a longer place's name: "the South China Sea", "Benin City". */
  static boolean opensLongerName(List<Token> tokens, NameHit country) {
    return country.end() < tokens.size() && LONGER_PLACES.contains(tokens.get(country.end()).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the words from {@code start} close a longer name after a name's particle: "Mocimboa da Praia" is no Praia. */
  static boolean closesLongerName(List<Token> tokens, int start) {
    return start >= 2 && TagRepairs.NAME_PARTICLES.contains(tokens.get(start - 1).word())
        && Character.isUpperCase(tokens.get(start - 2).word().codePointAt(0));
  }

  /** Nouns that, before "of", say the name after them is a place's: "the village of kalahe", "the district of bajaur". */
  private static final Set<String> PLACE_NOUNS = Set.of("town", "village", "city", "district", "province", "region", "state",
      "county", "oblast", "governorate", "municipality", "port", "island");

  /** What a place's own name adds to its rank over a place that has the name written only as an alternate. */
  private static final double OWN_NAME = 1;

  /** Words that with a division word make a common noun phrase: "a Gulf state". */
  private static final Set<String> NOT_BEFORE_DIVISION = Set.of("gulf");

  private final Gazetteer gazetteer;
  private final Qualifiers qualifiers;
  private final Features features;
  private final Namesakes namesakes;

  PlaceNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.qualifiers = new Qualifiers(gazetteer);
    this.features = Features.load();
    this.namesakes = new Namesakes(gazetteer);
  }

  /** Whether a place found for the words written is only a far namesake of a town in the actors' countries ({@link Namesakes}). */
  boolean farNamesake(Place p, String written, Set<String> countries) {
    return namesakes.far(p, written, countries);
  }

  /**
   * The place a name means in the state, division or country written after it ("Paris" with
   * "Texas"), as the geolocator reads it; empty when the qualifier narrows nothing.
   */
  Optional<Place> qualified(String name, String qualifier, Set<String> countries) {
    return qualifiers.narrow(gazetteer.lookup(name), qualifier).stream()
        .max(java.util.Comparator.comparingDouble(p -> PlaceRanking.score(p, countries)));
  }

  /** The place the words {@code [from, to]} of a sentence name, if they name one. */
  Optional<Place> at(List<Token> tokens, int from, int to, boolean caseless, Set<String> countries) {
    StringBuilder written = new StringBuilder();
    boolean division = from >= 2 && tokens.get(from - 1).word().equalsIgnoreCase("of")
        && PLACE_NOUNS.contains(tokens.get(from - 2).word().toLowerCase(Locale.ROOT)); // "the town of kidal"
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      boolean ending = i == to && i > from && Locatives.DIVISION_WORDS.contains(t.word().toLowerCase(Locale.ROOT)); // "the Kherson region"
      if (ending && i == from + 1 && NOT_BEFORE_DIVISION.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
        return Optional.empty(); // "the wealthy Gulf state" is a Persian Gulf country, not Gulf Province, Papua New Guinea
      }
      boolean possessive = i > from && i < to && t.word().equals("'s"); // "Cox's Bazar"
      boolean city = i == to && i > from && t.word().equalsIgnoreCase("city") && tokens.get(i - 1).isProperNoun(); // "Benin City"
      if (!(t.isProperNoun() || (caseless && t.isNoun()) || ending || possessive)
          || (!ending && !city && NEVER.contains(t.word().toLowerCase(Locale.ROOT)))) {
        return Optional.empty();
      }
      division |= ending;
      written.append(i == from || possessive ? "" : " ").append(t.word());
    }
    Optional<Place> feature = features.lookup(written.toString());
    if (feature.isPresent()) {
      return feature;
    }
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : gazetteer.lookupOrVariants(written.toString())) {
      // (a division or place word names the place for what it is, in any case: "zamfara state", "the town of kidal")
      // (and a first-level division of a country the sentence or the story is about: "police in haryana")
      boolean known = p.isDivision() && countries.contains(cameoCountry(p));
      // (and a place the truecaser capitalised at a Title Case headline's end: "… Near Tessalit", HeadlinePlaces)
      boolean headline = Character.isUpperCase(tokens.get(from).word().codePointAt(0)) && HeadlinePlaces.atEnd(tokens, from)
          && HeadlinePlaces.mayBe(p, written.toString());
      if (caseless && p.population() < CASELESS_MIN_POPULATION && !p.isCountry() && !division && !known && !headline) {
        continue;
      }
      // (a place of the name written beats one that had it once or has it besides: "Pokrovsk" is the Ukrainian town,
      // not Engels, Russia, once called Pokrovsk)
      double score = PlaceRanking.score(p, countries) + (p.name().equalsIgnoreCase(written.toString()) ? OWN_NAME : 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a capitalised word of the sentence, past its first, alone or with the next one, may
   * name a place of the gazetteer ("in Imphal", "in North Kivu"): the cheap test of the filters
   * before tagging, so it reads only the words as written.
   */
  boolean mayName(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (!capitalised(word)) {
        continue;
      }
      if (!NEVER.contains(word.toLowerCase(Locale.ROOT)) && names(word)) {
        return true;
      }
      if (i + 1 < tokens.size() && capitalised(tokens.get(i + 1).word()) && names(word + " " + tokens.get(i + 1).word())) {
        return true;
      }
    }
    return false;
  }

  /** A place this large tells which country a story is about, when all places so large under its name lie in one. */
  private static final long STORY_PLACE_POPULATION = 100_000;

  /**
   * The country (CAMEO code) of the city or division a run of words names as its own name, when every
   * city of {@value #STORY_PLACE_POPULATION} people or more and every division of that name lies in
   * one country ("Lagos", "Kharkiv", "Zamfara"): the story is likely about that country.
   * Only divisions where the words name one ("Zamfara state"; "Kani township" is no Kani, Japan).
   */
  Optional<String> storyCountry(String written, boolean division) {
    String country = null;
    for (Place p : gazetteer.lookup(written)) {
      // (by its own name, not an alternate spelling: "Boni" is also Bonn, "Delhi" also Dili)
      if (p.isCountry() || !(p.isDivision() || !division && p.population() >= STORY_PLACE_POPULATION)
          || !Gazetteer.key(p.name()).equals(Gazetteer.key(written))) {
        continue;
      }
      String c = cameoCountry(p);
      if (country != null && !country.equals(c)) {
        return Optional.empty(); // ("Hyderabad": India's and Pakistan's)
      }
      country = c;
    }
    return Optional.ofNullable(country);
  }

  /** Whether the words name a gazetteer place or feature of any size. */
  boolean names(String written) {
    return gazetteer.names(written) || features.lookup(written).isPresent();
  }

  /** Whether a word is written with a capital and ends in a small letter ("Lagos", not "LAGOS" or "lagos"). */
  static boolean capitalised(String word) {
    return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && Character.isLowerCase(word.codePointAt(word.length() - 1));
  }

  /** The CAMEO country code of a place's ISO alpha-3 country (they differ for Kosovo and Timor-Leste). */
  static String cameoCountry(Place p) {
    return org.dyad.places.CountryCodes.cameo(p.country());
  }
}
