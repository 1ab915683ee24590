package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.CountrySource;
import org.dyad.places.Locatives;

/**
 * Gives an actor whose words carry no country ("police", "two people", "gunmen") the country of
 * its context, in this order, and says which one ({@link CountrySource}):
 *
 * <ol>
 *   <li>a place in its own phrase ("police in Nairobi"), found already by {@link ActorResolver};
 *   <li>the place where the event happened, in the trigger's own locative phrase ("arrested 20
 *       people in Lagos");
 *   <li>the other actor of the event, when that actor is a domestic institution or group, not an
 *       armed force that may act abroad ("Kenyan police arrested 20 people" → KENCVL; but
 *       "Russian troops killed civilians" does not make the civilians Russian);
 *   <li>the story's dateline;
 *   <li>for a material act, the one country of the places the sentence names ("residents blocked
 *       the highway in Kisii to protest …" → KEN), when all its places lie in one country;
 *   <li>the countries the article names, most named first; the victims of force take none that
 *       is their attacker's.
 * </ol>
 *
 * Organizations and actors with a country are left as they are. One instance per sentence.
 */
final class CountryInference {
  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "across", "throughout", "around", "inside", "over");
  /**
   * Sectors of the domestic order whose country is their counterpart's in a domestic act:
   * police arresting people, students marching against a government. A country acting as a
   * whole, its military or armed groups may act abroad, so their country says nothing of their
   * target's.
   */
  private static final Set<String> DOMESTIC = Set.of("COP", "GOV", "JUD", "LEG", "PTY", "OPP", "EDU", "LAB", "AGR",
      "HLH", "MED", "CVL", "REL", "BUS", "CRM", "HRI", "ELI", "REF", "ENV", "MOD", "RAD");
  /** Sectors that belong to no country: "the international community", "world leaders". */
  private static final Set<String> TRANSNATIONAL = Set.of("INT", "UIS", "IGO", "MNC");
  /** Civilian sectors: the victims of a foreign attacker (soldiers, rebels, bandits are not excluded: most fight at home). */
  private static final Set<String> CIVILIAN = Set.of("CVL", "EDU", "HLH", "MED", "REL", "AGR", "LAB", "REF", "BUS", "NGO", "HRI", "ENV");
  /** Armed groups that fight their own country's state. */
  private static final Set<String> INSURGENTS = Set.of("REB", "INS", "SEP");
  /** A country itself and its forces. */
  private static final Set<String> STATE = Set.of("", "MIL", "COP");
  /** CAMEO's root of yielding: a state yields to its own people (frees its prisoners, lifts its own restrictions). */
  private static final String YIELD = "08";

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "his", "her", "their");
  /** A state and its forces: the attackers whose victims are not taken for their own people. */
  private static final Set<String> STATE_FORCES = Set.of("", "MIL", "GOV", "SPY", "COP");
  /** Countries an actor's own words (or the words a reference points back to) carry. */
  private static final Set<CountrySource> WRITTEN_OR_REFERRED = Set.of(CountrySource.WRITTEN, CountrySource.REFERENCE);

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final ArticleContext context;

  CountryInference(DependencyTree tree, ActorResolver resolver, ArticleContext context) {
    this.tree = tree;
    this.resolver = resolver;
    this.context = context;
  }

  /** A country, where it came from, and the gazetteer place that gave it, if one did. */
  record Found(String country, CountrySource from, Optional<ActorResolver.PlaceActor> place) {
    Found(String country, CountrySource from) {
      this(country, from, Optional.empty());
    }

    /** Whether the place that gave the country is only a far namesake of a town in the given countries. */
    boolean namesakeOf(Set<String> countries, ActorResolver resolver) {
      return place.isPresent() && !countries.isEmpty() && resolver.farNamesake(place.get(), countries);
    }
  }

  /**
   * The side with a country for each of its country-less actors that the context gives one.
   * Verbal acts (roots 01–13: statements, appeals, criticism) take a country only from a place in
   * the event's clause or the dateline: "Critics argue …" in a story about Ukraine are not
   * Ukrainian critics.
   */
  Argument complete(Argument side, Argument other, int trigger, boolean verbal, String root) {
    return complete(side, other, trigger, verbal, root, false);
  }

  /**
   * As {@link #complete(Argument, Argument, int, boolean, String)}; the target of a verbal act may
   * take its speaker's country when the speaker is a domestic institution ("Georgia's prime
   * minister warned demonstrators" → GEOCVL), though a speaker never takes its addressee's.
   */
  Argument completeTarget(Argument side, Argument other, int trigger, boolean verbal, String root) {
    return complete(side, other, trigger, verbal, root, verbal);
  }

  private Argument complete(Argument side, Argument other, int trigger, boolean verbal, String root, boolean addressee) {
    if (side.actors().stream().allMatch(a -> !a.actor().country().isEmpty())) {
      return side;
    }
    List<ActorMention> completed = new ArrayList<>();
    for (ActorMention a : side.actors()) {
      Optional<Found> found = !a.actor().country().isEmpty() || TRANSNATIONAL.contains(a.actor().agent()) ? Optional.empty()
          : possessor(a).or(() -> addressee ? eventPlace(trigger).or(() -> domesticCounterpart(other, root.equals(YIELD)))
              .or(() -> root.equals(YIELD) || COOPERATING.contains(root) ? insurgentsOwnState(other, a) : Optional.empty())
              .or(() -> speaker(trigger, a)).or(this::fromDateline).or(() -> ownGovernment(other, a))
              : verbal ? eventPlace(trigger).or(() -> speaker(trigger, a)).or(this::fromDateline).or(() -> ownGovernment(other, a))
                  .or(() -> COOPERATING.contains(root) ? insurgentsOwnState(other, a) : Optional.empty()) // "the army and the SPLA-IO signed a ceasefire"
              : find(other, trigger, root, a));
      completed.add(found.map(f -> a.inCountry(f.country(), f.from())).orElse(a));
    }
    return new Argument(completed, side.rule(), side.place());
  }

  /** Where a protest against no one named is aimed: the country where it happens, or its protesters'. */
  Optional<Found> forProtest(Argument source, int trigger) {
    Optional<Found> here = eventPlace(trigger);
    if (here.isPresent()) {
      return here;
    }
    for (ActorMention a : source.actors()) {
      if (a.actor().country().length() == 3) {
        return Optional.of(new Found(a.actor().country(), CountrySource.OTHER_ACTOR));
      }
    }
    return fromDateline().or(this::sentencePlace).or(this::sentenceActors).or(() -> fromArticle(Set.of()));
  }

  /**
   * The one country every actor of the sentence named with a country is of: "Sindh police
   * baton-charged teachers protesting outside the Karachi Press Club" protest in Pakistan.
   */
  private Optional<Found> sentenceActors() {
    String country = null;
    for (ActorMention m : resolver.mentions()) {
      String c = m.actor().country();
      if (c.length() != 3) {
        continue;
      }
      if (country != null && !country.equals(c)) {
        return Optional.empty();
      }
      country = c;
    }
    return Optional.ofNullable(country).map(c -> new Found(c, CountrySource.OTHER_ACTOR));
  }

  private Optional<Found> domesticCounterpart(Argument other) {
    return domesticCounterpart(other, false);
  }

  /**
   * As above; where {@code state} is true a country itself and its forces count too ("Belarus freed
   * 14 political prisoners", "Burkinabe soldiers fled before jihadist fighters").
   */
  private Optional<Found> domesticCounterpart(Argument other, boolean state) {
    return countryOfFirst(other, a -> DOMESTIC.contains(a) || state && STATE.contains(a));
  }

  /**
   * "The opposition accused the Johannesburg mayor", "the army denied the opposition's claims": an
   * opposition of no named country that speaks to or of a government, its courts, police or army, or
   * is answered by them, takes their country; it opposes its own state. So do the state's people
   * (witnesses, workers, students, doctors …) in a verbal act with its organs, and the organ its own
   * people speak to or deal with.
   */
  private static Optional<Found> ownGovernment(Argument other, ActorMention actor) {
    if (GOVERNING.contains(actor.actor().agent())) {
      // "striking lecturers … after a deal with the education ministry": the state its own people deal with
      return countryOfFirst(other, GOVERNED::contains);
    }
    return GOVERNED.contains(actor.actor().agent()) ? countryOfFirst(other, GOVERNING::contains) : Optional.empty();
  }

  /** The people a state governs, who speak to and deal with their own state's organs. */
  private static final Set<String> GOVERNED = Set.of("OPP", "CVL", "EDU", "LAB", "HLH", "AGR", "BUS", "MED", "REL");

  private static final Set<String> GOVERNING = Set.of("GOV", "LEG", "JUD", "COP", "MIL");

  /**
   * "ELN rebels freed six soldiers", "the army and the SPLA-IO signed a ceasefire": the soldiers,
   * police or officials an insurgent group yields to or deals with are its own country's, whose
   * state it fights.
   */
  /** Roots of cooperation (03–06), where a state's forces and the insurgents they deal with are of one country. */
  private static final Set<String> COOPERATING = Set.of("03", "04", "05", "06");

  private static Optional<Found> insurgentsOwnState(Argument other, ActorMention actor) {
    if (!Set.of("MIL", "COP", "GOV").contains(actor.actor().agent())) {
      return Optional.empty();
    }
    return countryOfFirst(other, INSURGENTS::contains);
  }

  /**
   * "Militiamen attacked Bunia", "gunmen raided Mangu town (Plateau)": armed men of no named country
   * who attack a place fight at home, in its country, unless a dateline places the story elsewhere;
   * so do herders, villagers or youths ("herders attacked Bokkos village (Plateau)"); a state's
   * forces may act abroad, and take none.
   */
  private static Optional<Found> placeAttackedAtHome(Argument other, String sector) {
    if (!ArgumentWords.HOME_GROUPS.contains(sector) && !GOVERNED.contains(sector)) {
      return Optional.empty();
    }
    return other.actors().stream().filter(o -> o.countryFrom() == CountrySource.PLACE_TARGET && o.actor().country().length() == 3)
        .findFirst().map(o -> new Found(o.actor().country(), CountrySource.EVENT_PLACE));
  }

  /** The country of the first of the other side's actors that has one and whose sector passes the test. */
  private static Optional<Found> countryOfFirst(Argument other, java.util.function.Predicate<String> sector) {
    return other.actors().stream().filter(o -> o.actor().country().length() == 3 && sector.test(o.actor().agent()))
        .findFirst().map(o -> new Found(o.actor().country(), CountrySource.OTHER_ACTOR));
  }

  private Optional<Found> find(Argument other, int trigger, String root, ActorMention actor) {
    String sector = actor.actor().agent();
    // "Nigerian troops killed 12 bandits near Kuru": not Kourou, French Guiana, whose alternate spellings hold "Kuru"
    Set<String> written = new java.util.HashSet<>();
    for (ActorMention a : other.actors()) {
      if (a.countryFrom() == CountrySource.WRITTEN && a.actor().country().length() == 3) {
        written.add(a.actor().country());
      }
    }
    Optional<Found> here = eventPlace(trigger).filter(f -> !f.namesakeOf(written, resolver))
        .or(() -> domesticCounterpart(other).map(f -> foreignersAttacked(f, root, written))).or(() -> placeAttackedAtHome(other, sector).filter(f -> fromDateline().map(d -> d.country().equals(f.country())).orElse(true)))
        .or(() -> speaker(trigger, actor));
    if (here.isPresent()) {
      return here;
    }
    // "Israel's strikes on Gaza killed 40 people": not Israelis. Only a state acts abroad this way:
    // an armed group's victims ("RSF fighters raped dozens of women") are mostly its own country's,
    // and an attacker whose country was itself inferred from the place ("gunmen killed 23
    // villagers … in Nigeria") says nothing of where its victims are not.
    Set<String> notTheirs = new java.util.HashSet<>();
    // (roots of force: the victims of a foreign attacker are not the attacker's people)
    if (ArgumentWords.VIOLENT_ROOTS.contains(root) && CIVILIAN.contains(sector)
        && other.actors().stream().anyMatch(a -> STATE_FORCES.contains(a.actor().agent()) && WRITTEN_OR_REFERRED.contains(a.countryFrom()))) {
      // and then none of its allies' either: "Malian soldiers and Russian paramilitaries executed 20 civilians"
      for (ActorMention a : other.actors()) {
        if (WRITTEN_OR_REFERRED.contains(a.countryFrom())) {
          notTheirs.add(a.actor().country());
        }
      }
    }
    return fromDateline().filter(f -> !notTheirs.contains(f.country()))
        .or(() -> sentencePlace().filter(f -> !f.namesakeOf(written, resolver))) // where it happened, even in the attacker's own country
        .or(() -> fromArticle(notTheirs));
  }

  /**
   * "Armed men abducted four Chinese workers from a mining site in Zamfara State": victims named
   * by a nationality of their own, attacked in a place of another country, are foreigners there;
   * their attackers are of the place's country, not theirs.
   */
  private Found foreignersAttacked(Found counterpart, String root, Set<String> written) {
    if (!ArgumentWords.VIOLENT_ROOTS.contains(root) || !written.contains(counterpart.country())) {
      return counterpart;
    }
    return sentencePlace().filter(f -> !f.country().equals(counterpart.country()) && !f.namesakeOf(written, resolver))
        .map(f -> new Found(f.country(), CountrySource.SENTENCE_PLACE, f.place())).orElse(counterpart);
  }

  /**
   * The country of the places the sentence names in locative phrases ("in Kisii", "near Eldoret", "into central Brussels"),
   * when they all lie in one country; a sentence naming places in two countries tells nothing.
   */
  private Optional<Found> sentencePlace() {
    Found country = null;
    for (int h = 0; h < tree.size(); h++) {
      // (and a division in apposition, which parsers often hang on the victim rather than on the village:
      // "shot dead a village head in Ruwi village, Bokkos LGA (Plateau state)")
      boolean division = tree.is(h, "appos") && Locatives.DIVISION_WORDS.contains(tree.lemma(h).toLowerCase(java.util.Locale.ROOT));
      if (!tree.token(h).isNoun() || !(LOCATIVES.contains(tree.preposition(h)) || tree.preposition(h).equals("into") || bearing(h) || division)) {
        continue;
      }
      // "in myanmar's mandalay region": the owner names the country too; so does the name before a settlement's word in a
      // headline's noun string ("Bandits kill 12 in Katsina village attack")
      int owner = tree.child(h, "nmod:poss");
      int named = settlementName(h);
      for (Optional<Found> here : List.of(placeAt(h), owner < 0 ? Optional.<Found>empty() : placeAt(owner),
          named < 0 ? Optional.<Found>empty() : placeAt(named))) {
        if (here.isPresent()) {
          if (country != null && !country.country().equals(here.get().country())) {
            return Optional.empty();
          }
          country = country == null || country.place().isEmpty() ? here.get() : country;
        }
      }
    }
    return Optional.ofNullable(country).map(c -> new Found(c.country(), CountrySource.SENTENCE_PLACE, c.place()));
  }

  /** The proper noun compounded with a settlement's word on a noun ("Katsina village attack" → Katsina), or -1. */
  private int settlementName(int h) {
    List<Integer> compounds = new ArrayList<>(tree.children(h, "compound"));
    List<Integer> settlements = compounds.stream()
        .filter(c -> ArgumentWords.SETTLEMENTS.contains(tree.lemma(c).toLowerCase(java.util.Locale.ROOT))).toList();
    settlements.forEach(c -> compounds.addAll(tree.children(c, "compound"))); // ("Sokoto village raid": hung on the village)
    return settlements.isEmpty() ? -1 : compounds.stream().filter(c -> tree.token(c).isProperNoun()).findFirst().orElse(-1);
  }

  /** "a township east of Johannesburg", "40 km north of Kyiv": a place a bearing is taken from. */
  private boolean bearing(int h) {
    return tree.preposition(h).equals("of") && tree.head(h) >= 0 && BEARINGS.contains(tree.lemma(tree.head(h)).toLowerCase(java.util.Locale.ROOT));
  }

  /** Compass bearings, as words that a place phrase hangs on: "east of Johannesburg". */
  private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest", "north-east", "north-west", "south-east", "south-west");

  /**
   * "Russia's defence ministry said its troops had captured …": an actor owned by a pronoun takes
   * the country of the one the pronoun stands for: for "its" the subject of a clause above it,
   * else (and for "his", "her", "their") the nearest actor before it named with a country.
   */
  private Optional<Found> possessor(ActorMention a) {
    int head = tree.tokenEndingAt(a.span().end());
    int owner = head >= 0 ? tree.child(head, "nmod:poss") : -1;
    if (owner < 0 || !POSSESSIVE_PRONOUNS.contains(tree.word(owner).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    // "its" stands for a state or an organization: the subject of a clause above ("Hamas denied
    // Israeli claims that its fighters …" → Hamas); "his", "her" and "their" for the nearest
    // named actor ("returned 16 Ukrainian children to their families")
    boolean its = tree.word(owner).equalsIgnoreCase("its");
    for (int node = tree.head(head), steps = 0; its && node >= 0 && steps < 8; node = tree.head(node), steps++) {
      int subject = tree.child(node, "nsubj");
      Optional<ActorMention> s = subject >= 0 && subject != head ? resolver.actorAt(subject) : Optional.empty();
      if (s.isPresent() && s.get().actor().country().length() == 3 && s.get().countryFrom() == CountrySource.WRITTEN) {
        return Optional.of(new Found(s.get().actor().country(), CountrySource.OWNER));
      }
    }
    ActorMention nearest = null;
    for (ActorMention m : resolver.mentions()) {
      if (m.span().end() <= tree.token(owner).span().start() && m.actor().country().length() == 3
          && m.countryFrom() == CountrySource.WRITTEN) {
        nearest = m;
      }
    }
    return Optional.ofNullable(nearest).map(m -> new Found(m.actor().country(), CountrySource.OWNER));
  }

  /**
   * The country of the one who reports the act, for the state's own forces and domestic groups it
   * tells of: "Somalia's defence minister said the army will launch …", "Nigeria's army said
   * troops killed 20 militants". Only the speaker of the clause the act is in, named with a country.
   */
  private Optional<Found> speaker(int trigger, ActorMention actor) {
    String sector = actor.actor().agent();
    if (!DOMESTIC.contains(sector) && !sector.equals("MIL")) {
      return Optional.empty();
    }
    return speakerOf(trigger);
  }

  /** The country of the named speaker whose report the word at node is in. */
  private Optional<Found> speakerOf(int node) {
    return reportingClause(node).flatMap(this::speakerAt)
        .filter(s -> s.actor().country().length() == 3 && s.countryFrom() == CountrySource.WRITTEN)
        .map(s -> new Found(s.actor().country(), CountrySource.SPEAKER));
  }

  /**
   * The one who reports the act at the trigger, however the report is written: "the army said 12
   * militants were killed", "…, the army said", a headline's "Army Says 12 Militants Killed".
   */
  Optional<ActorMention> reporter(int trigger) {
    Optional<ActorMention> above = reportingClause(trigger).flatMap(this::speakerAt);
    if (above.isPresent()) {
      return above;
    }
    // "…, the army said": parsers hang the closing report on the act
    return tree.children(trigger).stream().filter(c -> ModalityAnalyzer.REPORTING.contains(tree.lemma(c)) && tree.token(c).isVerb())
        .findFirst().flatMap(this::speakerAt);
  }

  /** The reporting verb whose complement (or, in a headline, whose object's participle) holds the word at node, if any. */
  private Optional<Integer> reportingClause(int node) {
    for (int steps = 0; steps < 6 && node >= 0; steps++) {
      int head = tree.head(node);
      boolean reported = tree.is(node, "ccomp") || tree.is(node, "parataxis")
          || tree.is(node, "acl") && head >= 0 && tree.is(head, "obj"); // "Army Says 12 Militants Killed"
      int verb = tree.is(node, "acl") && head >= 0 ? tree.head(head) : head;
      if (verb >= 0 && reported && ModalityAnalyzer.REPORTING.contains(tree.lemma(verb))) {
        return Optional.of(verb);
      }
      node = head;
    }
    return Optional.empty();
  }

  private Optional<ActorMention> speakerAt(int verb) {
    int subject = tree.child(verb, "nsubj");
    return subject >= 0 ? resolver.actorAt(subject) : Optional.empty();
  }

  private Optional<Found> fromDateline() {
    return context.datelineCountry().isEmpty() ? Optional.empty()
        : Optional.of(new Found(context.datelineCountry(), CountrySource.DATELINE));
  }

  /** The country the article names most, else the one its places lie in most, but the excluded ones. */
  private Optional<Found> fromArticle(Set<String> excluded) {
    for (List<String> named : List.of(context.countries(), context.placeCountries())) {
      for (String c : named) {
        if (!excluded.contains(c)) {
          return Optional.of(new Found(c, CountrySource.ARTICLE));
        }
      }
    }
    return Optional.empty();
  }

  /** The country an attack came from ("fired at it from the Gaza Strip") or happened in ("killed in Ukraine"). */
  Optional<String> attackPlace(int trigger) {
    for (int c : tree.children(trigger, "obl")) {
      if (tree.preposition(c).equals("from")) {
        Optional<ActorMention> a = resolver.actorAt(c);
        if (a.isPresent() && a.get().actor().country().length() == 3) {
          return Optional.of(a.get().actor().country());
        }
        Optional<ActorResolver.PlaceActor> p = resolver.placeAt(c);
        if (p.isPresent()) {
          return Optional.of(p.get().mention().actor().country());
        }
      }
    }
    return eventPlace(trigger).map(Found::country);
  }

  /**
   * A gazetteer place in the trigger's own locative phrase: "arrested 20 people in Nairobi", or
   * in the phrase of the raid or attack the act happened in: "killed 23 villagers in an overnight
   * raid on a village in Nigeria's Plateau state".
   */
  private Optional<Found> eventPlace(int trigger) {
    Optional<Found> own = locativePlace(trigger, "obl", "nmod");
    if (own.isPresent()) {
      return own;
    }
    for (int c : tree.children(trigger, "obl")) {
      if (LOCATIVES.contains(tree.preposition(c)) || tree.preposition(c).equals("during")) {
        Optional<Found> nested = nestedPlace(c, 2);
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    if (tree.token(trigger).isNoun()) {
      // "a Russian missile strike on Odesa port": where an attack noun struck is where it happened
      for (int c : tree.children(trigger, "nmod")) {
        Optional<Found> struck = Set.of("on", "against").contains(tree.preposition(c)) ? placeAt(c) : Optional.empty();
        if (struck.isPresent()) {
          return struck;
        }
      }
    }
    // "a gunfight between police and kidnappers left three dead in Zamfara": an event noun's clause places it
    int verb = tree.head(trigger);
    if (tree.token(trigger).isNoun() && tree.is(trigger, "nsubj") && verb >= 0) {
      return locativePlace(verb, "obl");
    }
    return Optional.empty();
  }

  /** A gazetteer place in a locative phrase ("in", "near", …) of the word at head, by the given relations. */
  private Optional<Found> locativePlace(int head, String... relations) {
    for (int c : tree.children(head, relations)) {
      if (LOCATIVES.contains(tree.preposition(c))) {
        Optional<Found> here = placeAt(c);
        if (here.isPresent()) {
          return here;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The country an "in" phrase under a place's phrase names, itself or as an owner: "the town of
   * Merawi [in Ethiopia's Amhara region]", "a village [in Mali]".
   */
  private Optional<String> qualifyingCountry(int c) {
    List<Integer> heads = new ArrayList<>(List.of(c));
    heads.addAll(tree.children(c, "nmod"));
    for (int h : heads) {
      for (int q : tree.children(h, "nmod")) {
        if (!tree.preposition(q).equals("in")) {
          continue;
        }
        List<Integer> names = new ArrayList<>(List.of(q));
        names.addAll(tree.children(q, "nmod:poss"));
        for (int n : names) {
          Optional<ActorMention> country = tree.token(n).isProperNoun() ? resolver.actorAt(n) : Optional.empty();
          if (country.isPresent() && country.get().actor().agent().isEmpty() && country.get().actor().country().length() == 3) {
            return Optional.of(country.get().actor().country());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A place further down a phrase: "a raid [on a village [in Nigeria's Plateau state]]". */
  private Optional<Found> nestedPlace(int head, int depth) {
    for (int c : tree.children(head, "nmod")) {
      String p = tree.preposition(c);
      if (LOCATIVES.contains(p) || p.equals("on") || p.equals("of")) {
        Optional<Found> here = LOCATIVES.contains(p) ? placeAt(c) : Optional.empty();
        if (here.isEmpty() && depth > 1) {
          here = nestedPlace(c, depth - 1);
        }
        if (here.isPresent()) {
          return here;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Found> placeAt(int c) {
    // ("in Kwall village, Bassa LGA (Plateau state)": a village the gazetteer lacks, in the division its apposition names)
    Optional<ActorResolver.PlaceActor> p = resolver.withAppositions(c).stream().map(resolver::placeTargetAt).flatMap(Optional::stream)
        .findFirst();
    if (p.isPresent()) {
      // "in the town of Merawi in Ethiopia's Amhara region": a country the writer adds decides over a namesake elsewhere
      Optional<String> written = qualifyingCountry(c).filter(q -> !q.equals(p.get().mention().actor().country()));
      return Optional.of(written.map(q -> new Found(q, CountrySource.EVENT_PLACE))
          .orElse(new Found(p.get().mention().actor().country(), CountrySource.EVENT_PLACE, p)));
    }
    // only a name of the country itself: "in Israeli tank shelling" names no place
    Optional<ActorMention> country = tree.token(c).isProperNoun() ? resolver.actorAt(c) : Optional.empty();
    // "in Ukraine", and "in Moscow", whose name the dictionaries hold as the seat of government
    if (country.isPresent() && country.get().actor().country().length() == 3
        && (country.get().actor().agent().isEmpty() || country.get().actor().agent().equals("GOV"))) {
      return Optional.of(new Found(country.get().actor().country(), CountrySource.EVENT_PLACE));
    }
    return Optional.empty();
  }
}
