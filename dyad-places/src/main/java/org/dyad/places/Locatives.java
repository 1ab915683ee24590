package org.dyad.places;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Token;

/**
 * Where a place name may stand in a sentence: after a locative preposition ("in", "near", …,
 * maybe with "the", "occupied" or a direction between), or after "of" following a place noun
 * ("the city of Kherson") or an act upon a place ("the shelling of Belgorod region"). The geolocator looks for places only there; the coder asks, from the
 * words alone, whether a sentence has such a spot, so that it tags only sentences where the
 * geolocator may find a place.
 */
public final class Locatives {
  /** Prepositions before a place. */
  /** Words that, after a name, make it a division's ("the Kherson region", "Kilifi county", "Zamfara state"). */
  public static final Set<String> DIVISION_WORDS = Set.of("region", "province", "state", "oblast", "governorate", "district", "county",
      "prefecture");
  public static final Set<String> PREPOSITIONS = Set.of("in", "near", "outside", "at", "around", "across", "inside", "into", "from",
      "toward", "towards", "on", "over", "throughout", "along", "beyond", "through", "off", "within");
  /** Nouns after which "of" introduces a place: "the city of Kherson", "the left bank of the Dnipro". */
  public static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "villages", "port", "region", "province", "state",
      "side", "outskirts", "centre", "center", "suburb", "suburbs", "capital", "area", "bank", "coast", "north", "south", "east",
      "west", "heart", "part", "parts", "edge", "district", "shores", "waters", "streets");
  /** Acts after which "of" introduces the place acted upon: "the shelling of Belgorod region", "the siege of Mariupol". */
  public static final Set<String> ACT_NOUNS = Set.of("shelling", "bombardment", "bombing", "siege", "blockade", "capture", "occupation",
      "invasion", "storming", "encirclement", "liberation", "evacuation");
  /**
   * Nouns a place name may modify and so place: events and gatherings ("a London protest") and
   * sites ("the Jenin refugee camp", "a Tunis court").
   */
  public static final Set<String> MODIFIED_NOUNS = Set.of("protest", "protests", "rally", "rallies", "march", "marches", "demonstration",
      "demonstrations", "riot", "riots", "attack", "attacks", "raid", "raids", "bombing", "bombings", "shooting", "shootings", "blast",
      "explosion", "clashes", "massacre", "siege", "uprising", "vigil", "camp", "market", "prison", "jail", "hospital", "mosque", "church",
      "synagogue", "school", "airport", "stadium", "court", "courthouse", "suburb", "suburbs", "neighbourhood", "neighborhood", "refinery");
  /** Directions that may begin a place's mention: "eastern Ukraine". */
  public static final Set<String> DIRECTIONS = Set.of("eastern", "western", "northern", "southern", "central", "northeastern",
      "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "far-eastern");

  private Locatives() {}

  /** Whether token {@code i} may begin a place: after a locative, "the", a direction, or "of" after a place noun. */
  public static boolean before(List<Token> tokens, int i) {
    int j = i - 1;
    if (j >= 0 && DIRECTIONS.contains(lower(tokens.get(j)))) {
      return false; // the direction itself begins the mention
    }
    if (j >= 1 && (lower(tokens.get(j)).equals("the") || lower(tokens.get(j)).equals("occupied"))) {
      j--;
      if (j >= 1 && lower(tokens.get(j)).equals("the")) {
        j--;
      }
    }
    if (j < 0) {
      return false;
    }
    String w = lower(tokens.get(j));
    if (PREPOSITIONS.contains(w)) {
      return true;
    }
    return w.equals("of") && j >= 1 && (PLACE_NOUNS.contains(lower(tokens.get(j - 1))) || ACT_NOUNS.contains(lower(tokens.get(j - 1))));
  }

  /**
   * Whether the words may name a place where one can stand: a word after a locative (after a
   * direction, if one comes first) that is capitalised, or any word in a caseless article. Needs
   * no tags: a place's words must also be tagged proper nouns, which only narrows it.
   */
  public static boolean mayHoldPlace(List<Token> tokens, boolean caseless) {
    for (int i = 1; i < tokens.size(); i++) {
      if (!before(tokens, i)) {
        continue;
      }
      int start = DIRECTIONS.contains(lower(tokens.get(i))) ? i + 1 : i;
      if (start < tokens.size() && (caseless || Character.isUpperCase(tokens.get(start).word().codePointAt(0)))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
