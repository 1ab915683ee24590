package org.dyad.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.dictionary.ActorDictionary;
import org.dyad.coder.dictionary.NameEntry;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.coder.dictionary.Role;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.CountrySource;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.places.Locatives;
import org.dyad.places.Place;

/**
 * Turns noun phrases of one parsed sentence into actors, combining the names found in each phrase
 * as the CAMEO manual's actor chapter does: a person's dated role wins ("Russian President
 * Vladimir Putin" → RUSGOV); else a country or organization plus a sector noun ("Ukrainian
 * troops" → UKRMIL); a seat of power is its government ("the Kremlin" → RUSGOV); a sector noun
 * alone takes the country of its owner ("Trump's team", "advisers within Trump's team") or of a
 * place in its phrase ("police in Nairobi" → KENCOP). A place acted upon stands for its country
 * ({@link #placeAt}: "shelled Kharkiv" → UKR), found through the gazetteer.
 *
 * <p>One instance per sentence; not thread-safe (it caches phrases it resolved).
 */
final class ActorResolver {
  /** Modifier relations that stay inside a noun phrase's core. */
  private static final String[] CORE = {"compound", "flat", "amod", "appos", "nmod:npmod"};
  /** Prepositions through which a sector noun takes its country: "officials in Moscow", "troops from Chad". */
  private static final Set<String> MEMBERSHIP_PREPOSITIONS = Set.of("of", "within", "from", "under", "for", "in");
  /** Sectors of people who work "at" an institution and so belong to its country. */
  private static final Set<String> STAFF_SECTORS = Set.of("EDU", "LAB", "HLH", "BUS", "MED");
  /** Prepositions through which a thing belongs to an actor: "the sovereignty of Ukraine". */
  private static final Set<String> OWNER_PREPOSITIONS = Set.of("of");
  /** Counts of people: "dozens of …", "thousands of …". */
  /**
   * A force's machines and strikes, which carry its sector as a modifier: "Sudanese army drones" and
   * "Sudanese army air strikes" are SDNMIL, "police helicopters" COP.
   */
  private static final Set<String> FORCE_MACHINES = Set.of("drone", "aircraft", "jet", "warplane", "plane", "helicopter",
      "gunship", "ship", "warship", "vessel", "boat", "tank", "artillery", "bulldozer", "vehicle", "truck", "convoy", "airstrike",
      "strike", "shelling", "bombardment", "raid", "offensive", "missile", "rocket");
  /** Where armed men stay, which stands for them: "a bandit camp" is CRM, "militant hideouts" REB, "an army base" MIL. */
  /** Heads that name the people of the sector before them: "coast guard personnel", "police staff". */
  private static final Set<String> STAFF = Set.of("personnel", "member", "staff");
  /** Nouns of a politician's followers: "Imran Khan supporters", "loyalists of the former president". */
  private static final Set<String> FOLLOWERS = Set.of("supporter", "supporters", "follower", "followers", "loyalist", "loyalists",
      "backer", "backers", "partisan", "partisans");
  private static final Set<String> LAIRS = Set.of("camp", "hideout", "den", "stronghold", "base", "position", "outpost", "trench",
      "enclave", "compound", "house", "safehouse", "hideaway", "lair");
  /** Parts of a group that act as the group: "Islamic State's West Africa branch". */
  private static final Set<String> BRANCHES = Set.of("branch", "wing", "faction", "affiliate", "offshoot", "cell");
  private static final Set<String> ARMED = Set.of("REB", "CRM", "UAF", "INS", "MIL", "SPY");
  static final Set<String> QUANTITIES = Set.of("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
      "score", "scores", "million", "millions", "tens", "ten");

  /** Nouns that gather people: "a team of …", "members of …", "a delegation of …". */
  private static final Set<String> COLLECTIVES = Set.of("team", "group", "member", "contingent", "band", "delegation",
      "crowd", "unit");

  private final DependencyTree tree;
  private final List<NameHit> hits;
  private final LocalDate date;
  private final ActorDictionary dictionary;
  private final PlaceNames places;
  private final boolean caseless;
  private final Set<String> countries;
  private final Map<Integer, Optional<ActorMention>> resolved = new LinkedHashMap<>();
  /** Phrase heads resolved through a person or group, whose whole code a sector noun inherits. */
  private final Set<Integer> namedHeads = new java.util.HashSet<>();
  private final Set<Integer> metonyms = new java.util.HashSet<>();

  ActorResolver(DependencyTree tree, List<NameHit> hits, LocalDate date, ActorDictionary dictionary, PlaceNames places,
      ArticleContext context) {
    this.tree = tree;
    this.hits = hits.stream().filter(h -> !madeOrStyled(tree, h)).toList();
    this.date = date;
    this.dictionary = dictionary;
    this.places = places;
    this.caseless = context.caseless();
    this.countries = new java.util.HashSet<>();
    for (NameHit hit : this.hits) {
      String code = hit.entry().code();
      if (hit.entry().kind() != NameKind.ORGANIZATION && code.length() >= 3) {
        countries.add(code.substring(0, 3));
      }
    }
    countries.addAll(context.countries());
    if (!context.datelineCountry().isEmpty()) {
      countries.add(context.datelineCountry());
    }
    boolean named = !context.countries().isEmpty() || this.hits.stream().anyMatch(h -> h.entry().kind() != NameKind.AGENT
        && h.entry().kind() != NameKind.ORGANIZATION);
    if (!named) {
      // with no country named, the one the story's cities lie in ranks a name's places ("Punjab" with "Lahore")
      countries.addAll(context.placeCountries().stream().limit(1).toList());
    }
  }

  /**
   * "Russian-style law", "US-made missiles", "Soviet-era tanks": a country's name joined by a hyphen
   * to a word of make, manner or time describes a thing, and is no actor ("Saudi-led coalition",
   * "Iran-backed militias" are, and stay, as is a ship's flag: "a Liberian-flagged tanker" is Liberia's).
   */
  private static boolean madeOrStyled(DependencyTree tree, NameHit hit) {
    NameKind kind = hit.entry().kind();
    if (kind != NameKind.COUNTRY && kind != NameKind.DEMONYM || hit.end() + 1 >= tree.size()) {
      return false;
    }
    Token hyphen = tree.token(hit.end());
    Token word = tree.token(hit.end() + 1);
    return hyphen.word().equals("-") && tree.token(hit.end() - 1).span().end() == hyphen.span().start()
        && hyphen.span().end() == word.span().start() && MAKE_OR_MANNER.contains(word.word().toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> MAKE_OR_MANNER = Set.of("style", "like", "type", "era", "made", "built", "designed",
      "manufactured", "supplied", "produced", "inspired", "speaking", "born");

  /** A place standing as its country, with the place itself (the event's location). */
  record PlaceActor(ActorMention mention, Place place) {}

  /**
   * The place a capital standing for its government names, for a capital acted upon by force
   * ("missiles hit Kyiv"): the city is where the event happened.
   */
  Optional<Place> capitalPlace(int h) {
    if (!isMetonym(h)) {
      return Optional.empty();
    }
    NameSpan name = nameSpan(h);
    int from = name.from();
    int to = name.to();
    List<org.dyad.model.Token> tokens = tree.sentence().tokens();
    if (from >= 2 && tokens.get(from - 1).word().equals("of") && tokens.get(from - 2).isProperNoun()) {
      return Optional.empty(); // "the Gulf of Aden" is no city
    }
    return places.at(tokens, from, to, caseless, countries).filter(p -> !p.isCountry());
  }

  /** The tokens of a name headed by h with its compound and flat parts: "Rostov-on-Don", "New York". */
  private record NameSpan(int from, int to) {}

  private NameSpan nameSpan(int h) {
    int from = h;
    int to = h;
    for (int c : tree.children(h, "compound", "flat")) {
      from = Math.min(from, c);
      to = Math.max(to, c);
      for (int inner : tree.children(c, "compound", "flat")) { // "Upper Nile state": "Upper" hangs on "Nile"
        from = Math.min(from, inner);
        to = Math.max(to, inner);
      }
    }
    return new NameSpan(from, to);
  }

  /**
   * The place a phrase names, else the first that its appositions or parentheses name: "in Ruwi
   * village, Bokkos LGA (Plateau state)", a village the gazetteer lacks, lies in Plateau state.
   */
  Optional<PlaceActor> placeOrItsApposition(int h) {
    return withAppositions(h).stream().map(this::placeAt).flatMap(Optional::stream).findFirst();
  }

  /** The phrase head and the heads its appositions and parentheses add, nearest first, at most three deep. */
  List<Integer> withAppositions(int h) {
    List<Integer> all = new ArrayList<>();
    List<Integer> level = List.of(h);
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      all.addAll(level);
      List<Integer> next = new ArrayList<>();
      for (int node : level) {
        next.addAll(tree.children(node, "appos", "dep"));
      }
      level = next;
    }
    return all;
  }

  /**
   * The place named by the proper-noun phrase headed by h, as its country: "Kharkiv" → UKR. Only
   * a phrase that is no dictionary actor, and whose words are a proper name of the gazetteer.
   */
  Optional<PlaceActor> placeAt(int h) {
    if (actorAt(h).isPresent() || !tree.token(h).isNoun()) {
      return Optional.empty();
    }
    NameSpan name = nameSpan(h);
    int from = name.from();
    int to = name.to();
    if (to - from > 3 || namesMore(h)) {
      return Optional.empty();
    }
    List<org.dyad.model.Token> tokens = tree.sentence().tokens();
    Optional<Place> place = places.at(tokens, from, to, caseless, countries);
    String settlement = tree.lemma(h).toLowerCase(java.util.Locale.ROOT);
    if (place.isEmpty() && to == h && h > from && Set.of("town", "city", "village", "township").contains(settlement)) {
      // "in Mandera town", "Jiribam village": the settlement's own name; a village's or township's only in a
      // country the sentence or story is about ("Kani township (Sagaing region)" is no Japanese town)
      boolean small = !Set.of("town", "city").contains(settlement);
      place = places.at(tokens, from, h - 1, caseless, countries).filter(p -> !small || countries.contains(PlaceNames.cameoCountry(p)));
    }
    boolean hyphenated = h > 0 && tokens.get(h - 1).word().equals("-")
        && tokens.get(h - 1).span().end() == tokens.get(h).span().start(); // "Ville" of "Petion-Ville" names nothing alone
    // (not the last word of a longer name: "Road" of "the Grand Trunk Road" is no town of its own)
    boolean longerName = !caseless && h > from && Character.isUpperCase(tokens.get(h - 1).word().codePointAt(0)) && !isDemonym(h - 1)
        && actorAt(h - 1).isEmpty() && !(h - 1 == from && PlaceNames.neverInName(tokens.get(h - 1).word())) // (but "North Darfur" is Darfur; "the Great North Road" no town)
        || h - 2 >= from && PlaceNames.closesLongerName(tokens, h); // ("Mocimboa da Praia" is no Praia, Cape Verde)
    if (place.isEmpty() && from < h && !hyphenated && !longerName) {
      place = places.at(tokens, h, h, caseless, countries); // "the Ukrainian city Kharkiv"
      from = h;
    }
    int owner = tree.child(h, "nmod:poss");
    if (owner >= 0 && owner + 2 == from && tokens.get(owner + 1).word().equals("'s")) {
      // "Cox's Bazar", "Martha's Vineyard": a name with a possessive in it, before its last word alone (Bazar-Korgon)
      Optional<Place> whole = places.at(tokens, owner, to, caseless, countries);
      if (whole.isPresent()) {
        from = owner;
        place = whole;
      }
    }
    return placeActor(from, to, inWrittenDivision(h, from, to, place));
  }

  /** The country of a place the words {@code [from, to]} name, as an actor acted upon; empty when none or of no country. */
  private Optional<PlaceActor> placeActor(int from, int to, Optional<Place> place) {
    if (place.isEmpty() || place.get().country().isEmpty()) {
      return Optional.empty();
    }
    String country = PlaceNames.cameoCountry(place.get());
    Span span = new Span(tree.token(from).span().start(), tree.token(to).span().end());
    Actor actor = Actor.of(country, "", dictionary.countryName(country));
    return Optional.of(new PlaceActor(new ActorMention(actor, tree.text(from, to), span, CountrySource.PLACE_TARGET), place.get()));
  }

  /**
   * "a market in Tawila (North Darfur)", "in Tawila, North Darfur": the division, region or country
   * (or a town, for a name found nowhere or only in another country) written in parentheses or after a
   * comma decides where a name lies. The place of that name inside it, else the
   * division itself when the gazetteer has none there (Tawila is no Yemeni town here); the place
   * found as it is when the parentheses name no place or agree with it.
   */
  private Optional<Place> inWrittenDivision(int h, int from, int to, Optional<Place> found) {
    for (int q : tree.children(h, "appos", "dep")) {
      int first = tree.subtree(q).nextSetBit(0);
      boolean written = q > h && (tree.word(first).equals("(") || first > 0 && Set.of("(", ",").contains(tree.word(first - 1)));
      Optional<PlaceActor> qualifier = written ? placeAt(q) : Optional.empty();
      if (qualifier.isPresent() && qualifier.get().place().feature().startsWith("PPL")) {
        // a seat of government in parentheses ("Boni (Douentza, Mopti)", a conflict monitor's district and region)
        // places a name only that the gazetteer lacks or finds in another country (Boni is also Bonn); a mere town
        // of that name may be a namesake ("Ocheretyne (Donetsk)" is no village near Donetsk, Russia)
        Place town = qualifier.get().place();
        boolean seat = Set.of("PPLC", "PPLA", "PPLA2").contains(town.feature());
        if (seat && (found.isEmpty() || !found.get().country().equals(town.country()))) {
          return Optional.of(town);
        }
        continue;
      }
      if (qualifier.isEmpty()) {
        continue;
      }
      Place division = qualifier.get().place();
      boolean agrees = found.isPresent() && found.get().country().equals(division.country())
          && (!division.isDivision() || found.get().admin1().equals(division.admin1()));
      return agrees ? found
          : places.qualified(tree.text(from, to), qualifier.get().mention().text(), countries).or(() -> Optional.of(division));
    }
    return found;
  }


  /** Whether a place found in the sentence is only a far namesake, given the countries its actors are known to be of. */
  boolean farNamesake(PlaceActor p, Set<String> countries) {
    return places.farNamesake(p.place(), p.mention().text(), countries);
  }

  /**
   * Whether token h is a capital standing for its government ("Kyiv said"); acted upon by force
   * ("hitting Kyiv") it is the city, so the coder takes it for its country.
   */
  boolean isMetonym(int h) {
    actorAt(h);
    return metonyms.contains(h);
  }

  /** The canonical name of a country code ("Myanmar" for MMR). */
  String countryName(String code) {
    return dictionary.countryName(code);
  }

  /** "Paris, Texas", "Tripoli, Lebanon": the place a name headed by h means in the state or country in apposition to it. */
  private Optional<Place> qualifiedPlace(int h) {
    for (int q : tree.children(h, "appos")) {
      int qFrom = q;
      int qTo = q;
      for (int c : tree.children(q, "compound", "flat")) {
        qFrom = Math.min(qFrom, c);
        qTo = Math.max(qTo, c);
      }
      if (q > h && qFrom > 0 && tree.token(q).isProperNoun() && tree.token(qFrom - 1).word().equals(",")) {
        int from = h;
        for (int c : tree.children(h, "compound", "flat")) {
          from = Math.min(from, c);
        }
        return places.qualified(tree.text(from, h), tree.text(qFrom, qTo), countries);
      }
    }
    return Optional.empty();
  }

  /** "Gulf of Aden", "Strait of Hormuz": the head is the first word of a longer name, not a place of its own. */
  private boolean namesMore(int h) {
    for (int c : tree.children(h, "nmod")) {
      if (c == h + 2 && tree.preposition(c).equals("of") && tree.token(c).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place acted upon, in the phrase headed by h: the phrase itself ("Kharkiv"), or a place it
   * names with "of", "near", "in", "around", "outside" ("the city of Sumy", "positions near Bakhmut").
   */
  Optional<PlaceActor> placeTargetAt(int h) {
    Optional<PlaceActor> self = placeAt(h);
    if (self.isPresent()) {
      return self;
    }
    for (int c : tree.children(h, "nmod")) {
      if (Set.of("of", "near", "in", "around", "outside", "at").contains(tree.preposition(c))) {
        Optional<PlaceActor> p = placeAt(c);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /** The actor of the noun phrase headed by token h, if its words name one. */
  Optional<ActorMention> actorAt(int h) {
    if (FUNCTION_TAGS.contains(tree.token(h).pos())) {
      return Optional.empty(); // "who" in a lower-cased story is no WHO, "us" no USA
    }
    if (tree.token(h).pos().equals("VB") && tree.hasChild(h, "mark", Set.of("to"))) {
      return Optional.empty(); // "marched … to press for better pay": a verb, not the press
    }
    Optional<ActorMention> known = resolved.get(h);
    if (known == null) {
      resolved.put(h, Optional.empty()); // guards against cycles through owners
      known = resolve(h);
      resolved.put(h, known);
    }
    return known;
  }

  /** Tags of words that never name an actor themselves: pronouns, wh-words, determiners. */
  private static final Set<String> FUNCTION_TAGS = Set.of("WP", "WDT", "WP$", "PRP", "PRP$", "DT");

  /** The actor a non-actor phrase belongs to: "Ukraine's infrastructure", "Russian territory". */
  Optional<ActorMention> ownerOf(int h) {
    Optional<ActorMention> self = actorAt(h);
    if (self.isPresent()) {
      return self;
    }
    for (int c : tree.children(h)) {
      if (isOwner(c, OWNER_PREPOSITIONS)) {
        Optional<ActorMention> a = actorAt(c);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The actors of a phrase whose country modifier is coordinated: "Ukrainian and Russian
   * delegations", "the foreign ministers of India and China" → one actor per country. The first is {@link #actorAt}; one more per conjoined
   * country word, with the same sector. Empty list when the phrase is no actor.
   */
  List<ActorMention> actorsAt(int h) {
    Optional<ActorMention> first = actorAt(h);
    if (first.isEmpty()) {
      return List.of();
    }
    List<ActorMention> all = new ArrayList<>(List.of(first.get()));
    List<Integer> countryWords = new ArrayList<>(tree.children(h, "amod", "compound"));
    // "the foreign ministers of India and China": one actor per country the role is "of"
    for (int c : tree.children(h, "nmod")) {
      NameHit of = tree.preposition(c).equals("of") ? placeHitAt(c) : null;
      if (of != null && of.entry().code().equals(first.get().actor().country())) {
        countryWords.add(c);
      }
    }
    for (int modifier : countryWords) {
      for (int other : tree.children(modifier, "conj")) {
        NameHit hit = placeHitAt(other);
        if (hit != null) {
          Actor base = first.get().actor();
          Actor actor = Actor.of(hit.entry().code(), base.agent(), dictionary.countryName(hit.entry().code()));
          Span span = new Span(tree.token(hit.start()).span().start(), tree.token(hit.end() - 1).span().end());
          all.add(new ActorMention(actor, tree.text(hit.start(), hit.end() - 1), span));
        }
      }
    }
    return all;
  }

  /** Whether the token is a nationality word ("Thai", "Ukrainian"). */
  boolean isDemonym(int token) {
    NameHit hit = placeHitAt(token);
    return hit != null && hit.entry().kind() == NameKind.DEMONYM;
  }

  private NameHit placeHitAt(int token) {
    for (NameHit hit : hits) {
      NameKind kind = hit.entry().kind();
      if (hit.covers(token) && (kind == NameKind.COUNTRY || kind == NameKind.DEMONYM)) {
        return hit;
      }
    }
    return null;
  }

  /** A possessor ("Russia's") or a phrase with one of the prepositions ("of Ukraine"). */
  private boolean isOwner(int c, Set<String> prepositions) {
    return tree.is(c, "nmod:poss") || (tree.is(c, "nmod") && prepositions.contains(tree.preposition(c)));
  }

  /** Every actor phrase of the sentence, in order, one per phrase head. */
  List<ActorMention> mentions() {
    Map<Integer, ActorMention> byHead = new LinkedHashMap<>();
    for (NameHit hit : hits) {
      int head = phraseHead(hit);
      actorAt(head).ifPresent(a -> byHead.putIfAbsent(head, a));
    }
    List<ActorMention> all = new ArrayList<>(byHead.values());
    all.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return all;
  }

  /** The head of the phrase a name stands in: "Putin" for "Russian", "troops" for "Ukrainian". */
  int phraseHead(NameHit hit) {
    int head = hit.end() - 1;
    for (int i = hit.start(); i < hit.end(); i++) {
      if (!hit.covers(tree.head(i))) {
        head = i;
      }
    }
    while (tree.head(head) >= 0 && isCore(head)) {
      head = tree.head(head);
    }
    return head;
  }

  private boolean isCore(int i) {
    for (String r : CORE) {
      if (tree.is(i, r)) {
        return true;
      }
    }
    return false;
  }

  private Optional<ActorMention> resolve(int h) {
    // "Dozens of Belarusian opposition activists", "thousands of Argentine students", "a team of health
    // workers", "members of the Nigeria Labour Congress": the people counted or gathered, when they are an
    // actor; the count alone ("thousands protested") is civilians.
    String lemma = tree.lemma(h).toLowerCase(java.util.Locale.ROOT);
    if (QUANTITIES.contains(lemma) || COLLECTIVES.contains(lemma)) {
      boolean things = false;
      for (int c : tree.children(h, "nmod")) {
        if (tree.preposition(c).equals("of")) {
          Optional<ActorMention> counted = actorAt(c);
          if (counted.isPresent()) {
            return counted;
          }
          things |= ArgumentWords.WEAPONS.contains(tree.lemma(c).toLowerCase(java.util.Locale.ROOT));
        }
      }
      if (things && QUANTITIES.contains(lemma)) {
        return Optional.empty(); // "hundreds of drones and missiles": weapons counted, no people
      }
    }
    if (FOLLOWERS.contains(lemma)) {
      // "supporters of Imran Khan"
      for (int c : tree.children(h, "nmod")) {
        NameHit leader = tree.preposition(c).equals("of") ? personHitAt(c) : null;
        if (leader != null) {
          BitSet span = new BitSet();
          collectCore(h, span);
          span.or(tree.subtree(c));
          return Optional.of(mention(followersOf(personActor(leader.entry())), span, h));
        }
      }
    }
    if (BRANCHES.contains(lemma)) {
      // "Islamic State's West Africa branch", "the armed wing of Hamas": the group the branch is part of
      for (int c : tree.children(h)) {
        Optional<ActorMention> whole = isOwner(c, OWNER_PREPOSITIONS) ? actorAt(c) : Optional.empty();
        if (whole.isPresent() && namedHeads.contains(c)) {
          namedHeads.add(h);
          BitSet span = new BitSet();
          collectCore(h, span);
          span.or(tree.subtree(c));
          return Optional.of(mention(whole.get().actor(), span, h));
        }
      }
    }
    BitSet core = new BitSet();
    collectCore(h, core);
    NameHit person = null;
    NameHit place = null;
    NameHit agent = null;
    NameHit machineOwner = null;
    for (NameHit hit : hits) {
      if (!overlaps(hit, core)) {
        continue;
      }
      NameKind kind = hit.entry().kind();
      if (kind == NameKind.GOVERNMENT_METONYM && insideALongerName(hit, h)) {
        continue; // "Kulbiyow (Lower Juba)": a Somali region, not South Sudan's capital; "Mocimboa da Praia", not Cape Verde's
      }
      if ((kind == NameKind.PERSON || kind == NameKind.GROUP) && person == null) {
        person = hit;
      } else if (kind == NameKind.AGENT) {
        // Only the phrase's own head names its sector ("military spending targets" is no actor),
        // or a title before a name ("Hungarian Prime Minister Viktor Orban").
        if (hit.covers(h) || tree.token(h).isProperNoun() || STAFF.contains(lemma)
            || (LAIRS.contains(tree.lemma(h)) && ARMED.contains(hit.entry().code()))) {
          agent = hit;
        } else if (FORCE_MACHINES.contains(lemma)) {
          machineOwner = hit;
        }
      } else if (kind != NameKind.PERSON && kind != NameKind.GROUP && place == null) {
        place = hit;
      } else if (kind == NameKind.COUNTRY && place != null && place.entry().kind() == NameKind.ORGANIZATION) {
        place = hit; // "its NATO ally Turkey", "EU member Hungary": the country, not the organization it belongs to
      }
    }
    if (person != null && FOLLOWERS.contains(lemma) && person.entry().kind() == NameKind.PERSON && !person.covers(h)) {
      return Optional.of(mention(followersOf(personActor(person.entry())), core, h)); // "Imran Khan supporters"
    }
    if (person != null) {
      namedHeads.add(h);
      NameHit named = person;
      return Optional.of(mention(placedGroup(named, h).orElseGet(() -> personActor(named.entry())), core, h));
    }
    if (agent == null && machineOwner != null && (place == null ? !machineOwner.entry().code().equals("MIL")
        : place.entry().kind() != NameKind.ORGANIZATION)) {
      agent = machineOwner; // "a police armoured vehicle", "Sudanese army drones"; not "military aircraft" alone
    }
    if (place != null && place.entry().kind() == NameKind.COUNTRY && !place.covers(h) && Locatives.DIVISION_WORDS.contains(lemma)) {
      // "Nigeria's Niger state": a country's name before a division word names the division; its owner is the country
      int owner = tree.child(h, "nmod:poss");
      Optional<ActorMention> country = owner >= 0 ? actorAt(owner).filter(o -> o.actor().agent().isEmpty()) : Optional.empty();
      if (country.isPresent()) {
        return Optional.of(mention(country.get().actor(), core, h));
      }
    }
    if (place != null && place.entry().kind() == NameKind.COUNTRY && PlaceNames.opensLongerName(tree.sentence().tokens(), place)) {
      return Optional.empty(); // "the South China Sea", "Benin City": a body of water or a city, not the country
    }
    if (place != null && place.entry().kind() == NameKind.GOVERNMENT_METONYM && agent == null && place.covers(h)
        && longerName(h, place)) {
      return Optional.empty(); // "Mocimboa da Praia" is a Mozambican town, not Cape Verde's capital
    }
    if (place != null) {
      if (place.entry().kind() == NameKind.GOVERNMENT_METONYM && agent == null && place.covers(h)) {
        metonyms.add(h);
      }
      Actor actor = placeActor(place.entry(), agent, place.covers(h) || DiscourseMemory.INITIATIVES.contains(lemma));
      if (agent != null) {
        Actor placed = actor;
        actor = unionTrade(h).map(trade -> Actor.of(placed.country(), trade, placed.name())).orElse(actor); // "Kenya Union of Teachers"
      }
      return Optional.of(mention(actor, core, h));
    }
    if (agent != null) {
      return Optional.of(agentActor(agent.entry(), h, core));
    }
    return Optional.empty();
  }

  /** Whether a capital's name is part of a longer name around the phrase's head h ("Lower Juba", "Mocimboa da Praia"). */
  private boolean insideALongerName(NameHit capital, int h) {
    return !capital.covers(h) && longerName(capital.end() - 1, capital)
        || PlaceNames.closesLongerName(tree.sentence().tokens(), capital.start());
  }

  /** Whether proper nouns before a capital's name make it part of a longer name: "Kulbiyow (Lower Juba)". */
  private boolean longerName(int h, NameHit capital) {
    return tree.children(h, "compound", "flat").stream()
        .anyMatch(c -> c < capital.start() && tree.token(c).isProperNoun() && !isDemonym(c) && actorAt(c).isEmpty());
  }

  private void collectCore(int i, BitSet core) {
    core.set(i);
    for (int c : tree.children(i)) {
      if (isCore(c) || leaderOf(i, c)) {
        collectCore(c, core);
      }
    }
  }

  /** "Saudi-led coalition jets", "US-led forces": the leader joined by a hyphen to "led" is the phrase's own actor. */
  private boolean leaderOf(int led, int c) {
    return tree.is(led, "amod") && tree.word(led).equalsIgnoreCase("led") && c == led - 2 && tree.word(led - 1).equals("-");
  }

  private static boolean overlaps(NameHit hit, BitSet core) {
    int next = core.nextSetBit(hit.start());
    return next >= 0 && next < hit.end();
  }

  /**
   * A politician's supporters: an opposition leader's are opposition (PAKOPP, as the gold codes
   * "supporters of Imran Khan"), anyone else's are civilians of the leader's country (USACVL).
   */
  private static Actor followersOf(Actor leader) {
    return Actor.of(leader.country(), leader.agent().equals("OPP") ? "OPP" : "CVL", leader.name());
  }

  /** The person named at the token, if a person's name covers it. */
  private NameHit personHitAt(int token) {
    for (NameHit hit : hits) {
      if (hit.covers(token) && hit.entry().kind() == NameKind.PERSON) {
        return hit;
      }
    }
    return null;
  }

  /**
   * "The Dhaka Metropolitan Police": a group's name after a place of another country names that
   * place's body of the same kind (London's Metropolitan Police is another).
   */
  private Optional<Actor> placedGroup(NameHit group, int h) {
    if (group.entry().kind() != NameKind.GROUP) {
      return Optional.empty();
    }
    Actor own = personActor(group.entry());
    for (int c : tree.children(h, "compound")) {
      if (c < group.start() && tree.token(c).isProperNoun()) {
        Optional<Place> place = places.at(tree.sentence().tokens(), c, c, caseless, countries).filter(p -> !p.isCountry());
        String country = place.map(PlaceNames::cameoCountry).orElse("");
        if (country.length() == 3 && !country.equals(own.country())) {
          return Optional.of(Actor.of(country, own.agent(), group.entry().name()));
        }
      }
    }
    return Optional.empty();
  }

  private Actor personActor(NameEntry person) {
    Optional<Role> role =
        person.kind() == NameKind.GROUP ? Optional.of(person.roles().get(0))
            : date == null ? Optional.empty() : person.roleOn(date);
    return role.map(r -> Actor.of(r.country(), r.agent(), person.name()))
        .orElseGet(() -> Actor.of(person.code(), "", person.name()));
  }

  /**
   * The actor a place's name gives a phrase; a capital names its government as the phrase's head
   * ("Kyiv said") or before a government's initiative ("the Tokyo decision"), not before another
   * noun ("a Kyiv apartment block": the country).
   */
  private Actor placeActor(NameEntry place, NameHit agent, boolean governs) {
    // An organization's code is complete: "NATO defence ministers" are NATO (IGOWSTNAT).
    String sector =
        place.kind() == NameKind.ORGANIZATION ? ""
            : agent != null ? agent.entry().code()
            : place.kind() == NameKind.GOVERNMENT_METONYM && governs ? "GOV" : "";
    String name = place.kind() == NameKind.ORGANIZATION ? place.name() : dictionary.countryName(place.code());
    return Actor.of(place.code(), sector, name);
  }

  /** Nouns of a union, whose members' trade it stands for when it names one. */
  private static final Set<String> UNIONS = Set.of("union", "unions");

  /** Sectors of trades a union may name: "the doctors' union" (HLH), "the Union of Teachers" (EDU). */
  private static final Set<String> TRADES = Set.of("EDU", "HLH", "MED", "JUD", "AGR", "BUS");

  /** The sector of the trade a union at h names ("doctors' union", "Kenya Union of Teachers"); empty for any other noun. */
  private Optional<String> unionTrade(int h) {
    return UNIONS.contains(tree.lemma(h).toLowerCase(java.util.Locale.ROOT)) ? membersSector(h) : Optional.empty();
  }

  /** The sector of the trade a union's words name, if any. */
  private Optional<String> membersSector(int union) {
    for (int c : tree.children(union, "nmod:poss", "compound", "nmod")) {
      if (tree.relation(c).equals("nmod") && !Set.of("of", "for").contains(tree.preposition(c))) {
        continue;
      }
      Optional<String> sector = hits.stream().filter(hit -> hit.covers(c) && hit.entry().kind() == NameKind.AGENT)
          .map(hit -> hit.entry().code()).filter(TRADES::contains).findFirst();
      if (sector.isPresent()) {
        return sector;
      }
    }
    return Optional.empty();
  }

  /**
   * A sector noun: with its owner's code when the owner is a person or group ("Trump's team" →
   * USAELI), with its owner's country when the owner is a country or place ("Russia's army" →
   * RUSMIL, "protesters in Tbilisi" → GEOCVL), else the sector alone ("critics" → OPP).
   */
  private ActorMention agentActor(NameEntry agent, int h, BitSet core) {
    String code = agent.code().equals("CVL") && isArmed(h) ? "UAF" : formerHolder(agent.code(), h) ? "ELI" : agent.code();
    code = unionTrade(h).orElse(code);
    for (int c : tree.children(h)) {
      // "lecturers at Uganda's public universities", "workers at a Volkswagen plant": staff of where they work
      boolean workplace = tree.is(c, "nmod") && tree.preposition(c).equals("at") && STAFF_SECTORS.contains(code);
      Optional<ActorMention> of = isOwner(c, MEMBERSHIP_PREPOSITIONS) || workplace ? actorAt(c) : Optional.empty();
      if (of.isPresent()) {
        Actor o = of.get().actor();
        boolean named = namedHeads.contains(c) && !o.agent().isEmpty();
        if (named) {
          namedHeads.add(h); // "advisers within Trump's team" inherit as "Trump's team" does
        }
        Actor actor = named ? o : Actor.of(o.country(), code, o.name());
        BitSet span = (BitSet) core.clone();
        span.or(tree.subtree(c));
        ActorMention m = mention(actor, span, h);
        // "police in Nairobi", "troops from Chad": the country of a place the phrase names
        boolean place = !named && Set.of("in", "from").contains(tree.preposition(c));
        Optional<Place> qualified = place ? qualifiedPlace(c) : Optional.empty();
        if (qualified.isPresent() && !PlaceNames.cameoCountry(qualified.get()).equals(o.country())) {
          // "police in Paris, Texas": the qualifier decides the country, as it does the event's place
          String country = PlaceNames.cameoCountry(qualified.get());
          m = new ActorMention(Actor.of(country, code, dictionary.countryName(country)), m.text(), m.span(), m.countryFrom());
        }
        return place ? new ActorMention(m.actor(), m.text(), m.span(), CountrySource.PLACE_IN_PHRASE) : m;
      }
      Optional<PlaceActor> place = isOwner(c, MEMBERSHIP_PREPOSITIONS) ? placeOrItsApposition(c) : Optional.empty();
      int owner = tree.child(c, "nmod:poss");
      if (place.isEmpty() && owner >= 0 && isOwner(c, MEMBERSHIP_PREPOSITIONS) && !tree.token(owner).pos().startsWith("PRP")) {
        place = placeOrItsApposition(owner); // "residents of Plovdiv's Stolipinovo district": a district of a place the owner names
      }
      if (place.isPresent()) {
        ActorMention in = mention(Actor.of("", code, tree.token(h).word()), core, h);
        int from = Math.min(tree.subtree(h).nextSetBit(0), h);
        Span span = new Span(tree.token(from).span().start(), place.get().mention().span().end());
        return new ActorMention(in.actor(), tree.text(from, tree.subtree(c).length() - 1), span, CountrySource.NONE)
            .inCountry(place.get().mention().actor().country(), CountrySource.PLACE_IN_PHRASE);
      }
    }
    Optional<Town> town = townBefore(h);
    if (town.isPresent()) {
      // "Karachi traders": a town named before the noun, as "in Karachi" after it
      Span span = new Span(tree.token(town.get().from()).span().start(), tree.token(h).span().end());
      return new ActorMention(Actor.of("", code, tree.token(h).word()), tree.text(town.get().from(), h), span, CountrySource.NONE)
          .inCountry(town.get().place().mention().actor().country(), CountrySource.PLACE_IN_PHRASE);
    }
    return mention(Actor.of("", code, tree.token(h).word()), core, h);
  }

  /**
   * The place that is the one modifier before a noun phrase's head ("Karachi traders", "Portland
   * protesters"): wholly a place, so not a title and name ("President Francois Hollande") nor a
   * longer name ending on a place ("Thames Valley Police"). (Allowing common nouns between, "Lagos
   * market women", lost an event on news2-heldout and gained none on the other sets: not taken.)
   */
  private Optional<Town> townBefore(int h) {
    List<Integer> compounds = tree.children(h, "compound");
    int first = compounds.isEmpty() ? -1 : compounds.get(0);
    if (compounds.size() > 1 && first == h - compounds.size() && compounds.stream().allMatch(c -> tree.token(c).isProperNoun())) {
      // "students of the Lagos State University": a place named by the proper nouns before an institution's word
      Optional<PlaceActor> place = placeActor(first, h - 1, places.at(tree.sentence().tokens(), first, h - 1, caseless, countries));
      return place.map(p -> new Town(first, p));
    }
    int name = compounds.size() == 1 ? compounds.get(0) : -1;
    if (name < 0 || name != h - 1 || !tree.token(name).isProperNoun()) {
      return Optional.empty();
    }
    int start = tree.subtree(name).nextSetBit(0);
    Optional<PlaceActor> place = placeAt(name);
    return place.filter(p -> p.mention().span().start() == tree.token(start).span().start()).map(p -> new Town(start, p));
  }

  /** A place that opens a phrase, from its first token. */
  private record Town(int from, PlaceActor place) {}

  /**
   * Whether the phrase says its people bear arms: "men carrying machetes", "youths wielding guns",
   * "villagers armed with spears". Armed people of no named group are unidentified armed men (UAF),
   * not civilians, as "gunmen" and "armed men" are.
   */
  /** "a former governor", "an ex-minister": one whose office has ended is of the elite (ELI), as "former president" is. */
  private boolean formerHolder(String code, int h) {
    return OFFICES.contains(code) && tree.children(h, "amod").stream().anyMatch(c -> Set.of("former", "ex").contains(tree.lemma(c).toLowerCase(java.util.Locale.ROOT)));
  }

  private static final Set<String> OFFICES = Set.of("GOV", "LEG", "JUD"); // (not "former soldiers": veterans)

  private boolean isArmed(int h) {
    for (int c : tree.children(h, "acl")) {
      String verb = tree.lemma(c).toLowerCase(java.util.Locale.ROOT);
      int object = tree.child(c, "obj");
      if (CARRY.contains(verb) && object >= 0 && ARMS.contains(tree.lemma(object).toLowerCase(java.util.Locale.ROOT))
          || verb.equals("arm") && tree.children(c, "obl").stream().anyMatch(o -> tree.preposition(o).equals("with"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CARRY = Set.of("carry", "wield", "brandish", "bear");
  private static final Set<String> ARMS = Set.of("gun", "rifle", "machete", "knife", "weapon", "firearm", "pistol", "ak-47",
      "explosive", "grenade", "spear", "bow", "arrow", "axe", "cutlass", "club", "sword", "shotgun", "stick", "rod", "bat");

  /** A mention spanning the phrase head and the names that made it an actor. */
  private ActorMention mention(Actor actor, BitSet tokens, int h) {
    int from = h;
    int to = h;
    for (NameHit hit : hits) {
      if (overlaps(hit, tokens)) {
        from = Math.min(from, hit.start());
        to = Math.max(to, hit.end() - 1);
      }
    }
    Span span = new Span(tree.token(from).span().start(), tree.token(to).span().end());
    return new ActorMention(actor, tree.text(from, to), span);
  }
}
