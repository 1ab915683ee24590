package org.dyad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.ArticleResult;
import org.dyad.coder.SentenceTrace;
import org.dyad.model.ActorMention;
import org.dyad.model.CountrySource;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.QuadClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.places.CountryCodes;
import org.dyad.places.Demonyms;
import org.dyad.places.Features;
import org.dyad.places.Gazetteer;
import org.dyad.places.HeadlinePlaces;
import org.dyad.places.Locatives;
import org.dyad.places.Namesakes;
import org.dyad.places.Place;
import org.dyad.places.PlaceRanking;
import org.dyad.places.Qualifiers;

/**
 * Gives each event the most specific location its article supports, in these steps:
 *
 * <ol>
 *   <li>sentence: a proper name after a locative preposition ("in", "near", "outside", "on",
 *       …, or "of" after a place noun or an act upon a place: "the city of Kherson", "the shelling
 *       of Belgorod region"), or modifying an event or site noun ("a London protest", "the Jenin
 *       refugee camp"), that the gazetteer (also by another romanisation: "Hodeidah", or its fold: "Hawara") or the {@link Features} list knows; "the US capital"
 *       and "the Ugandan capital" are the country's capital ({@link Demonyms}); a name without
 *       any of these ("Washington said") is an actor, not a place. Every word of the name must be
 *       tagged a proper noun (in an all-lower-case article: a noun, and then only countries,
 *       features and places of 100,000 people or more; a capitalised common noun when a qualifier
 *       narrows it: "Bath, England"), never a month, weekday or other time word, never the first
 *       part of a longer name ("Independence Day") or of a hyphenated one ("Port" of
 *       "Port-au-Prince"). "Russia's Kursk region" and "Lebanon's Tripoli" restrict the name to
 *       the country; "eastern Ukraine" keeps its direction in {@link Location#written()}. The name
 *       must belong to the event: not a far namesake of a small town ({@link Namesakes}: "near
 *       Kuru" with Nigerian troops is no Kourou, French Guiana), not inside the attribution, not
 *       the subject of a reporting verb ("Analysts in Vienna said"), not separated from the
 *       trigger by another finite verb (but a gathering's: "the rally in Bratislava drew
 *       thousands … protesting") or a complementizer (another clause), and for a verbal act not
 *       behind another preposition ("accused Russia of blowing up the dam on the Dnipro"), not
 *       the topic of a saying or of a state's protest ("condemned the strikes in Lebanon",
 *       "protested to China over the detention of a citizen in Beijing"), not an organisation
 *       the coder found as an actor ("the Hamas attack"); of the names left, the nearest to the
 *       trigger wins, but a place in an actor's phrase ("activists in New Caledonia") yields to
 *       one of the event's own as precise or more ("in Noumea"). Among the places a name may
 *       mean, {@link #score} prefers actors' countries, capitals and population, but a country's
 *       name is the country, never its capital of that name ("in northern Mexico" is no Mexico City,
 *       {@link #countryOverItsOwn}); a qualifier ("Paris, Texas", "Tripoli, Lebanon", "Mocha in western
 *       Yemen", "Kobo in Ethiopia's Amhara region") restricts them, and is the place when none lies in it
 *       ("Tillia, Niger"); a datelined story's small towns lie near its country or an actor's; a saying
 *       told through its speaker is placed where the speaker spoke ("an aide speaking in Davos said");
 *   <li>for a settlement the sentence names that no place stands for ("the village of Robotyne",
 *       {@link UnplacedSettlements}): the country its own phrase gives ("the southern Lebanese village of"),
 *       else the dateline's country, else the actors' one country when both sides share it, else none;
 *   <li>dateline: the place a wire story opens with ("KYIV, March 3 –"), as the coder found it;
 *   <li>article: the place of an actor's country named most often elsewhere in the article (not for
 *       a saying: "Poland accused Russia …" is not put where another sentence's shelling was);
 *   <li>actor-country: the centroid of the target's country for material conflict but sanctions,
 *       expulsions and other reduced relations (root 16, acts of no place), acts at sea ("China's
 *       coast guard blocked Philippine supply boats") and states' protests (the source's when the
 *       target has none), the host's for a visit (042 the target's, 043 the source's), with
 *       country precision and method {@code actor-country};
 *   <li>else no location: a statement, accusation or agreement with no place in its text is not
 *       put at a country's centre.
 * </ol>
 *
 * Thread-safe; the gazetteer is shared.
 */
public final class GeoLocator {
  private static final Set<String> PLACE_NOUNS = Locatives.PLACE_NOUNS;
  private static final Set<String> DIRECTIONS = Locatives.DIRECTIONS;
  /** Lower-case words that may end a name: "Kharkiv region", "the Dnipro river", "the Rafah crossing", "the Kosovo border". */
  private static final Set<String> NAME_ENDINGS = Set.of("region", "province", "state", "oblast", "governorate", "district",
      "county", "prefecture", "river", "crossing", "sea", "strait", "border");
  /** Words that join the words of one name: "Strait of Hormuz", "Sistan and Baluchestan", "Bab el-Mandeb". */
  private static final Set<String> CONNECTORS = Set.of("of", "and", "el", "al", "de", "del", "-");
  private static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
      "tomorrow", "christmas", "easter", "ramadan", "eid", "weekend", "spring", "summer", "autumn", "winter");
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "claim", "announce", "confirm", "write",
      "note", "state", "allege", "insist", "estimate", "believe", "think");
  private static final Set<String> TEMPORAL_LINKS = Set.of("after", "when", "as", "while");
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "which", "who", "whom", "whose", "where", "while", "after",
      "before", "because", "when", "if", "although", "though", "since", "until", "unless", "whether");
  /** Words of the longest name, a hyphenated name's hyphens counted ("Rostov - on - Don" is five). */
  private static final int LONGEST_NAME = 7;
  /** Gatherings whose place is that of the people they hold ("the rally in Bratislava drew thousands … protesting"). */
  private static final Set<String> GATHERINGS = Set.of("rally", "rallies", "protest", "protests", "march", "marches", "demonstration",
      "demonstrations", "strike", "vigil", "gathering");
  /** Verbs of protest whose doers police act upon where they are: "workers who occupied a mine near Obuasi". */
  private static final Set<String> PROTEST_VERBS = Set.of("protest", "march", "rally", "demonstrate", "occupy", "picket", "riot", "block",
      "blockade", "barricade", "strike");
  /** The verbs that say who a gathering held: drew, attracted, brought, saw. */
  private static final Set<String> GATHERING_VERBS = Set.of("draw", "attract", "bring", "see", "gather");
  /** Words in an actor's phrase that put an act at sea: "China's coast guard", "Philippine supply boats". */
  private static final Set<String> AT_SEA = Set.of("vessel", "vessels", "ship", "ships", "boat", "boats", "tanker", "tankers",
      "coastguard", "coastguards", "warship", "warships", "frigate", "frigates", "destroyer", "destroyers", "trawler", "trawlers",
      "freighter", "freighters", "ferry", "ferries", "cutter", "cutters", "navy", "navies", "naval");
  private static final long CASELESS_POPULATION = 100_000;

  private final Gazetteer gazetteer;
  private final Features features;
  private final Qualifiers qualifiers;
  private final Demonyms demonyms;
  private final UnplacedSettlements settlements;
  private final Namesakes namesakes;

  public GeoLocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.features = Features.load();
    this.qualifiers = new Qualifiers(gazetteer);
    this.demonyms = new Demonyms(gazetteer);
    this.settlements = new UnplacedSettlements(demonyms);
    this.namesakes = new Namesakes(gazetteer);
  }

  /**
   * A place name found in a sentence: its words (first and last token index), the places it may
   * mean, a direction written before it ("eastern"), whether it modifies a noun rather than
   * following a locative ("a London protest") and whether a qualifier narrowed it ("Bath, England").
   */
  record Mention(String written, Span span, List<Place> places, int first, int last, String direction, boolean modifier, boolean qualified) {
    Mention(String written, Span span, List<Place> places) {
      this(written, span, places, -1, -1, "", false, false);
    }

    Mention(String written, Span span, List<Place> places, int first, int last, String direction) {
      this(written, span, places, first, last, direction, false, false);
    }

    Mention withPlaces(List<Place> kept) {
      return new Mention(written, span, kept, first, last, direction, modifier, qualified);
    }
  }

  public ArticleResult locate(ArticleResult result) {
    Map<Integer, Sentence> sentences = new HashMap<>();
    boolean caseless = org.dyad.coder.ArticleCoder.isCaseless(result.article().text());
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    List<Mention> dateline = result.dateline()
        .map(d -> List.of(new Mention(d.written(), d.span(), List.of(d.place())))).orElse(List.of());
    for (SentenceTrace t : result.traces()) {
      sentences.put(t.sentence().index(), t.sentence());
      bySentence.put(t.sentence().index(), notOrganisations(mentions(t.sentence(), caseless), t.actors()));
    }
    String datelineCountry = result.dateline().map(d -> d.place().country()).orElse("");
    List<Event> located = new ArrayList<>();
    for (Event e : result.events()) {
      // The coder places an event whose target is a place ("shelled Kharkiv") there already, unless the
      // dateline makes that place a namesake ("BAMAKO, Mali — … attacked a checkpoint near Lere": no Lere, Nigeria).
      boolean placed = e.location() != null && !datelineNamesake(e.location(), e, datelineCountry);
      located.add(placed ? e : e.withLocation(locate(e, sentences.get(e.sentenceIndex()),
          bySentence.getOrDefault(e.sentenceIndex(), List.of()), dateline, bySentence, datelineCountry).orElse(null)));
    }
    return result.withEvents(located);
  }

  /** Whether a place the coder found for an event is a namesake given the dateline's country ({@link Namesakes}). */
  private boolean datelineNamesake(Location l, Event e, String datelineCountry) {
    if (datelineCountry.isEmpty() || !"place-target".equals(l.method())) {
      return false;
    }
    // (the location's written words are the target's phrase, "an army patrol"; the place is found by its own name)
    return gazetteer.lookupOrVariants(l.name()).stream().filter(p -> p.geonameId() == l.geonameId()).findFirst()
        .map(p -> namesakes.far(p, l.name(), knownCountries(e), datelineCountry)).orElse(false);
  }

  private Optional<Location> locate(Event e, Sentence sentence, List<Mention> all, List<Mention> dateline,
      Map<Integer, List<Mention>> bySentence, String datelineCountry) {
    Set<String> countries = new HashSet<>(List.of(country(e.source().actor().country()), country(e.target().actor().country())));
    Set<String> known = knownCountries(e);
    List<Mention> mentions = datelineCountry.isEmpty() ? all : all.stream()
        .map(m -> m.qualified() ? m : m.withPlaces(m.places().stream().filter(p -> !namesakes.far(p, m.written(), known, datelineCountry)).toList()))
        .toList();
    Optional<Location> here = sentence == null ? Optional.empty() : nearest(e, sentence, outsideAttribution(mentions, sentence, e.attribution()), countries);
    // "recaptured the village of Robotyne from Russian forces": a named place Dyad cannot map is neither the
    // dateline's city nor another actor's country (UnplacedSettlements)
    Set<String> judging = judgingCountries(e);
    Optional<UnplacedSettlements.Unplaced> settlement = sentence == null ? Optional.empty() : settlements.find(sentence.tokens(), all,
        cited(sentence, e.attribution()), (p, m) -> namesakes.far(p, m.written(), judging, datelineCountry));
    boolean unplaced = settlement.isPresent();
    return here.or(() -> sentence == null ? Optional.empty() : linked(e, sentence, outsideAttribution(mentions, sentence, e.attribution()), countries))
        .or(() -> sentence == null ? Optional.empty() : spokenAt(e, sentence, mentions, countries))
        .or(() -> settlement.filter(u -> u.country() != null).map(u -> location(u.written(), u.country(), "sentence")))
        .or(() -> unplaced ? datelineCountry(dateline) : best(dateline, countries, "dateline"))
        .or(() -> aboutSomething(e) || unplaced ? Optional.empty() : bestInArticle(e, bySentence, countries))
        .or(() -> unplaced ? sharedCountry(e) : actorCountry(e));
  }

  /** The country of the story's dateline ("KYIV, Ukraine —" → Ukraine), at country precision, for an event in a place Dyad cannot map. */
  private Optional<Location> datelineCountry(List<Mention> dateline) {
    return dateline.stream().filter(m -> !m.places().isEmpty()).findFirst()
        .flatMap(m -> Optional.ofNullable(gazetteer.country(m.places().get(0).country())).map(c -> location(m.written(), c, "dateline")));
  }

  /**
   * The actors' country when both sides share it ("Nigerian troops killed 15 bandits in Kanoma": Nigeria), for an
   * event in a place Dyad cannot map; with actors of two countries the place may lie in either, so none.
   */
  private Optional<Location> sharedCountry(Event e) {
    String source = country(e.source().actor().country());
    return source.isEmpty() || !source.equals(country(e.target().actor().country())) ? Optional.empty() : actorCountry(e);
  }

  /** The span of the sentence's attribution ("the general staff said"), or null when it has none. */
  private static Span cited(Sentence sentence, String attribution) {
    int at = attribution.isEmpty() ? -1 : sentence.text().indexOf(attribution);
    if (at < 0) {
      return null;
    }
    int from = sentence.span().start() + at;
    return new Span(from, from + attribution.length());
  }

  /**
   * "the Hamas attack", "in the Hezbollah stronghold": a name the coder found as an actor that is
   * an organisation or group (an actor with a sector but no government) is that organisation, not
   * a place, whatever the gazetteer holds under the same spelling (Hamm, Germany, is also "Hamas").
   */
  static List<Mention> notOrganisations(List<Mention> mentions, List<ActorMention> actors) {
    Set<String> organisations = new HashSet<>();
    for (ActorMention a : actors) {
      String agent = a.actor().agent();
      if (!agent.isEmpty() && !agent.equals("GOV") && a.countryFrom() != CountrySource.PLACE_TARGET) {
        organisations.add(Gazetteer.key(a.text()));
        organisations.add(Gazetteer.key(a.actor().name()));
      }
    }
    return organisations.isEmpty() ? mentions
        : mentions.stream().filter(m -> m.places().stream().anyMatch(p -> p.isCountry() || Features.isFeature(p))
            || !organisations.contains(Gazetteer.key(m.written()))).toList();
  }

  /**
   * "A Kremlin aide speaking in Davos said Russia would keep attacking …": a saying (a threat, an
   * appeal) told through its speaker is made where the speaker was speaking, a place after a
   * participle of speaking in the attribution ("speaking in", "addressing … at"); "Analysts in Vienna
   * said" tells where the analysts are, not where anyone spoke.
   */
  private Optional<Location> spokenAt(Event e, Sentence sentence, List<Mention> mentions, Set<String> countries) {
    int at = e.attribution().isEmpty() || !verbal(e) ? -1 : sentence.text().indexOf(e.attribution());
    if (at < 0) {
      return Optional.empty();
    }
    int from = sentence.span().start() + at;
    Span cited = new Span(from, from + e.attribution().length());
    List<Token> tokens = sentence.tokens();
    for (Mention m : mentions) {
      int before = m.first() - 1;
      if (cited.contains(m.span()) && before >= 1 && Set.of("in", "at", "from").contains(lower(tokens.get(before)))
          && Set.of("speak", "talk", "address").contains(tokens.get(before - 1).lemma().toLowerCase(Locale.ROOT)) && tokens.get(before - 1).pos().equals("VBG")) {
        return best(List.of(m), countries, "sentence");
      }
    }
    return Optional.empty();
  }

  /**
   * "…, the defence ministry in Yerevan said", "Analysts in Vienna said …": a place inside the
   * report's attribution is where the speaker is, not where the event happened.
   */
  private static List<Mention> outsideAttribution(List<Mention> mentions, Sentence sentence, String attribution) {
    int at = attribution.isEmpty() ? -1 : sentence.text().indexOf(attribution);
    if (at < 0) {
      return mentions;
    }
    int from = sentence.span().start() + at;
    Span cited = new Span(from, from + attribution.length());
    return mentions.stream().filter(m -> !cited.contains(m.span())).toList();
  }

  /** The place of the mention nearest the trigger among those that belong to the event's clause. */
  private Optional<Location> nearest(Event e, Sentence sentence, List<Mention> mentions, Set<String> countries) {
    List<Token> tokens = sentence.tokens();
    int[] trigger = tokenRange(tokens, e.evidence().triggerSpan());
    if (trigger == null) {
      return Optional.empty();
    }
    boolean verbal = verbal(e);
    Set<String> known = knownCountries(e);
    Mention bestMention = null;
    int bestDistance = Integer.MAX_VALUE;
    Mention bestOutside = null;
    int bestOutsideDistance = Integer.MAX_VALUE;
    for (Mention found : mentions) {
      Mention m = withoutFarNamesakes(found, known);
      // ("called on the United States to speed up deliveries": the one a saying is addressed to is no place of it)
      boolean addressee = verbal && e.target().span().contains(m.span()) && m.places().stream().allMatch(Place::isCountry);
      if (m.places().isEmpty() || addressee || subjectOfReporting(tokens, m, trigger) || otherClause(tokens, m, trigger, verbal)
          || (aboutSomething(e) && (ofTopic(sentence, m, trigger, e) || m.modifier() && !(m.last() + 1 >= trigger[0] && m.last() + 1 <= trigger[1])))) {
        continue;
      }
      int distance = distance(m, trigger);
      if (distance < bestDistance) {
        bestDistance = distance;
        bestMention = m;
      }
      if (distance < bestOutsideDistance && !homeOfActor(e, m)) {
        bestOutsideDistance = distance;
        bestOutside = m;
      }
    }
    if (bestMention == null) {
      return Optional.empty();
    }
    Optional<Location> nearest = best(List.of(bestMention), countries, "sentence");
    if (bestOutside != null && bestOutside != bestMention && homeOfActor(e, bestMention)) {
      // "Independence activists in New Caledonia clashed with French police in Noumea": the place in an
      // actor's phrase is where the actor is from; a place of the event's own outside it, as precise or more, wins
      // (not "the Telangana state assembly" over "Police in Hyderabad").
      Optional<Location> outside = best(List.of(bestOutside), countries, "sentence");
      if (outside.isPresent() && nearest.isPresent() && rank(outside.get()) >= rank(nearest.get())) {
        return outside;
      }
    }
    return nearest;
  }

  /**
   * A material act with no place of its own, told with another in one sentence by "after", "when",
   * "as" or "while": the other act's place ("police arrested 12 people after protesters clashed with
   * officers outside a factory in Birmingham"; "rallies in Istanbul turned violent when riot police
   * fired tear gas"); so does one after a gathering its place names ("detained dozens of students after
   * a Belgrade rally … turned violent") and an act of force upon protesters whose relative clause
   * places their protest ({@link #protestersPlace}). Never through a reporting verb, another
   * relative clause or for a saying.
   */
  private Optional<Location> linked(Event e, Sentence sentence, List<Mention> mentions, Set<String> countries) {
    boolean verbal = verbal(e);
    List<Token> tokens = sentence.tokens();
    int[] trigger = tokenRange(tokens, e.evidence().triggerSpan());
    if (verbal || trigger == null || aboutSomething(e)) {
      return Optional.empty();
    }
    Set<String> known = knownCountries(e);
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention found : mentions) {
      Mention m = withoutFarNamesakes(found, known);
      if (m.places().isEmpty() || m.modifier() && !namesGathering(tokens, m) || subjectOfReporting(tokens, m, trigger)
          || !(linkedOnly(tokens, m, trigger) || protestersPlace(e, tokens, m, trigger))) {
        continue;
      }
      int distance = distance(m, trigger);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m;
      }
    }
    return best == null ? Optional.empty() : best(List.of(best), countries, "linked-clause");
  }

  /** Whether a place name modifies a gathering ("after a Belgrade rally", "a Tbilisi march"), whose place is that of the people it held. */
  private static boolean namesGathering(List<Token> tokens, Mention m) {
    int next = m.last() + 1;
    if (next + 1 < tokens.size() && commonNoun(tokens.get(next)) && !GATHERINGS.contains(lower(tokens.get(next)))) {
      next++; // "a Belgrade student rally"
    }
    return next < tokens.size() && GATHERINGS.contains(lower(tokens.get(next)));
  }

  /**
   * An act of force upon people (CAMEO roots 17 and 18) and the place of their protest, told in a
   * relative clause on them: "arrested 12 workers who went on strike at a textile factory in
   * Alexandria", "detained 40 miners who had occupied a gold mine near Obuasi". Police act where
   * the protest is; any other relative clause ("a commander who had planned attacks in Bannu") is
   * another act's place.
   */
  private static boolean protestersPlace(Event e, List<Token> tokens, Mention m, int[] trigger) {
    String root = e.code().code().substring(0, 2);
    if (!(root.equals("17") || root.equals("18")) || m.first() <= trigger[1]) {
      return false;
    }
    boolean relative = false;
    boolean protest = false;
    for (int i = trigger[1] + 1; i < m.first(); i++) {
      Token t = tokens.get(i);
      String w = lower(t);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (REPORTING.contains(lemma) || w.equals(";") || relative && Set.of("who", "which", "that", "whom", "whose", "where").contains(w)) {
        return false;
      }
      if (w.equals("who") && i > 0 && tokens.get(i - 1).isNoun()) {
        relative = true;
      } else if (relative && (GATHERINGS.contains(w) || PROTEST_VERBS.contains(lemma) && t.isVerb())) {
        protest = true;
      }
    }
    return relative && protest;
  }

  /** A mention without the places that are only far namesakes given the actors' known countries (a qualified name keeps all). */
  private Mention withoutFarNamesakes(Mention found, Set<String> known) {
    return found.qualified() ? found : found.withPlaces(found.places().stream().filter(p -> !namesakes.far(p, found.written(), known)).toList());
  }

  /** How many tokens lie between a mention and the trigger. */
  private static int distance(Mention m, int[] trigger) {
    return m.first() > trigger[1] ? m.first() - trigger[1] : trigger[0] - m.last();
  }

  /** Whether an event is a saying (verbal cooperation or conflict). */
  private static boolean verbal(Event e) {
    return e.code().quadClass() == QuadClass.VERBAL_COOPERATION || e.code().quadClass() == QuadClass.VERBAL_CONFLICT;
  }

  /** Whether the words between a trigger and a place hold a temporal link ("after", "when", "as", "while") and no reporting verb or relative word. */
  private static boolean linkedOnly(List<Token> tokens, Mention m, int[] trigger) {
    int from = m.first() > trigger[1] ? trigger[1] + 1 : m.last() + 1;
    int to = m.first() > trigger[1] ? m.first() : trigger[0];
    if (from >= to) {
      return false;
    }
    boolean link = false;
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (REPORTING.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)) || Set.of("that", "which", "who", "whom", "whose", "where").contains(w)
          || w.equals(";")) {
        return false;
      }
      link |= TEMPORAL_LINKS.contains(w);
    }
    return link;
  }

  /** How precise a location is: a city over a division or feature over a country. */
  private static int rank(Location l) {
    return switch (l.precision()) {
      case CITY -> 3;
      case ADMIN1, FEATURE -> 2;
      case COUNTRY -> 1;
      default -> 0;
    };
  }

  /** Whether a mention is a locative inside an actor's phrase ("activists in New Caledonia"), not the actor itself ("Ukraine"). */
  private static boolean homeOfActor(Event e, Mention m) {
    for (ActorMention a : List.of(e.source(), e.target())) {
      if (a.span().contains(m.span()) && a.span().start() < m.span().start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The countries the event's actors are of, where the actor's own words, another actor, the
   * speaker, the dateline or the article tell it: not the ones the coder took from a place of the
   * sentence, which may be the very namesake in question ("gunmen … in Bassa" made German by Passau).
   */
  /**
   * The countries that judge whether a name of the sentence is only a far namesake when asking if it
   * names a place Dyad cannot map: the known ones and those the coder read from the sentence's
   * places ("Russian paramilitaries executed civilians in a village near Niono": the civilians are
   * Malian), but not a country the coder took from the name acted upon itself ("attacked a
   * checkpoint near Lere": Nigeria, by Lere's namesake).
   */
  private static Set<String> judgingCountries(Event e) {
    Set<String> judging = knownCountries(e);
    for (ActorMention a : List.of(e.source(), e.target())) {
      CountrySource from = a.countryFrom();
      if (!a.actor().country().isEmpty() && (from == CountrySource.EVENT_PLACE || from == CountrySource.SENTENCE_PLACE
          || from == CountrySource.PLACE_IN_PHRASE)) {
        judging.add(country(a.actor().country()));
      }
    }
    return judging;
  }

  private static Set<String> knownCountries(Event e) {
    Set<String> known = new HashSet<>();
    for (ActorMention a : List.of(e.source(), e.target())) {
      CountrySource from = a.countryFrom();
      if (!a.actor().country().isEmpty() && from != CountrySource.EVENT_PLACE && from != CountrySource.SENTENCE_PLACE && from != CountrySource.PLACE_IN_PHRASE
          && from != CountrySource.PLACE_TARGET && from != CountrySource.NONE) {
        known.add(country(a.actor().country()));
      }
    }
    return known;
  }

  /**
   * Whether an event is a saying about something: a statement, appeal, praise (not a signing), a
   * discussion, demand, criticism, rejection or threat. Its object is a topic ("condemned the
   * strikes in Lebanon", "discussed the war in Ukraine") whose place is not the saying's.
   */
  static boolean aboutSomething(Event e) {
    String code = e.code().code();
    String root = code.substring(0, 2);
    return Set.of("01", "02", "10", "11", "12", "13").contains(root) || root.equals("05") && !code.startsWith("057")
        || code.equals("040") || code.startsWith("041") || root.equals("14") && statesProtest(e);
  }

  /**
   * "Japan protested to China over the detention of a citizen in Beijing": a protest whose source is
   * a state (a country or its government, no people in the street) is a diplomatic one, a saying.
   */
  private static boolean statesProtest(Event e) {
    String agent = e.source().actor().agent();
    return !e.source().actor().country().isEmpty() && (agent.isEmpty() || agent.equals("GOV"));
  }

  /**
   * Whether a place after the trigger modifies a common noun other than the trigger ("the
   * situation in Gaza", "the NATO summit in Vilnius") and is no actor of the event: in the parse,
   * the name hangs from that noun ({@code nmod}), or the preposition before it follows that noun
   * (the parser hangs "discussed the war in Ukraine" from the verb).
   */
  static boolean ofTopic(Sentence sentence, Mention m, int[] trigger, Event e) {
    if (m.first() <= trigger[1]) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    int locative = m.first() - 1 - (m.direction().isEmpty() ? 0 : 1);
    if (locative > 0 && lower(tokens.get(locative)).equals("the")) {
      locative--;
    }
    if (siteChain(tokens, trigger[1] + 1, locative)) {
      return false; // "met at a hotel in Baghdad": the hotel is where they met, not what they spoke of
    }
    if (sentence.isParsed()) {
      for (Dependency d : sentence.dependencies()) {
        if (d.dependent() >= m.first() && d.dependent() <= m.last() && (d.head() < m.first() || d.head() > m.last())
            && d.relation().startsWith("nmod") && d.head() > trigger[1] && d.head() < tokens.size() && topicNoun(tokens.get(d.head()), e)) {
          return true;
        }
      }
    }
    // "discussed the war in Ukraine": parsed or not, the preposition follows the topic noun.
    int before = m.first() - 1;
    while (before > trigger[1] && (lower(tokens.get(before)).equals("the") || DIRECTIONS.contains(lower(tokens.get(before))))) {
      before--;
    }
    return before - 1 > trigger[1] && tokens.get(before).pos().equals("IN") && topicNoun(tokens.get(before - 1), e);
  }

  /**
   * A common noun that is no actor of the event: "met Ukrainian officials in Kyiv" names whom (an
   * actor with a sector), "condemned the Israeli strikes in Lebanon" what (a bare country's act).
   */
  private static boolean topicNoun(Token t, Event e) {
    return t.isNoun() && !t.isProperNoun() && !names(e.source(), t) && !names(e.target(), t);
  }

  private static boolean names(ActorMention actor, Token t) {
    return actor.span().contains(t.span()) && !actor.actor().agent().isEmpty();
  }

  /** "Analysts in Vienna said", "officials in Kyiv said on Tuesday": the place of whoever reports. */
  private static boolean subjectOfReporting(List<Token> tokens, Mention m, int[] trigger) {
    for (int i = m.last() + 1; i < tokens.size() && i <= m.last() + 5; i++) {
      Token t = tokens.get(i);
      if (t.word().equals(",") && !(i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun() && i + 2 < tokens.size() && tokens.get(i + 2).word().equals(","))) {
        return false; // "… in the Gulf of Aden, US officials said": the place ends its own clause
      }
      if (t.isVerb()) {
        return REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT)) && i != trigger[0];
      }
    }
    return false;
  }

  /**
   * Whether a mention stands in another clause than the trigger: a finite verb, an infinitive,
   * a complementizer or a noun's "accused of", "charged with" between them; for a verbal act also another preposition between them (the
   * place of what was said, not of the saying).
   */
  private static boolean otherClause(List<Token> tokens, Mention m, int[] trigger, boolean verbal) {
    int from;
    int to;
    if (m.first() > trigger[1]) {
      from = trigger[1] + 1;
      to = m.first();
    } else if (m.last() < trigger[0]) {
      from = m.last() + 1;
      to = trigger[0];
    } else {
      return true; // the trigger itself ("Kharkiv's shelling") is not a locative
    }
    boolean after = m.first() > trigger[1];
    int locative = after ? m.first() - 1 - (m.direction().isEmpty() ? 0 : 1) : -1;
    while (after && locative > from && (tokens.get(locative).word().equalsIgnoreCase("the") || tokens.get(locative).word().equalsIgnoreCase("of")
        || PLACE_NOUNS.contains(tokens.get(locative).word().toLowerCase(Locale.ROOT)))) {
      locative--;
    }
    boolean siteChain = verbal && after && siteChain(tokens, from, locative);
    // "Israeli air strikes killed 40 people across the Gaza Strip": a noun trigger's own verb.
    boolean ownVerb = after && tokens.get(trigger[1]).isNoun();
    // "Tuesday's rally in Bratislava drew thousands of Slovaks protesting …": the gathering's verb.
    boolean gatheringVerb = !after && gatheringIn(tokens, m);
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      String pos = t.pos();
      if (ownVerb && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
        ownVerb = false;
        continue;
      }
      if (gatheringVerb && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && GATHERING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        gatheringVerb = false;
        continue;
      }
      if (pos.equals("VBD") && reducedRelative(tokens, i)) {
        continue; // "fired tear gas at protesters gathered outside a bath in Istanbul": a participle, no clause of its own
      }
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
          || (pos.equals("VB") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("to")) || COMPLEMENTIZERS.contains(w) && (pos.equals("IN") || pos.startsWith("W") || pos.equals("DT") && w.equals("that"))) {
        return true;
      }
      // "expelled a diplomat accused of spying on the port of Klaipeda": a clause of what someone is accused of
      if (pos.equals("VBN") && i > from && tokens.get(i - 1).isNoun() && i + 1 < to
          && (lower(tokens.get(i + 1)).equals("of") || lower(tokens.get(i + 1)).equals("with"))) {
        return true;
      }
      if (siteChain) {
        continue;
      }
      if (verbal && after && i < locative && (pos.equals("IN") || pos.equals("TO")) && !w.equals("on") && !w.equals("in")) {
        return true;
      }
      if (verbal && after && i < locative && pos.equals("IN") && (w.equals("in") || w.equals("on")) && i > from) {
        return true;
      }
    }
    return false;
  }

  /**
   * "met at a military base in Anchorage", "talks at a hotel in Baghdad": right after the trigger
   * (token from), a locative preposition, a common noun phrase (the site) and the preposition
   * (token locative) of the place the site is in.
   */
  private static boolean siteChain(List<Token> tokens, int from, int locative) {
    return locative > from + 1 && Locatives.PREPOSITIONS.contains(lower(tokens.get(from))) && Set.of("in", "near", "outside").contains(lower(tokens.get(locative)))
        && siteNoun(tokens, from + 1, locative);
  }

  /** Whether tokens [from, to) are a common noun phrase: a determiner, adjectives and common nouns, at least one noun ("a military base"). */
  private static boolean siteNoun(List<Token> tokens, int from, int to) {
    boolean noun = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (commonNoun(t)) {
        noun = true;
      } else if (!(t.pos().equals("DT") || t.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return noun;
  }

  /**
   * Whether a verb tagged past tense is a participle after a noun that cannot be its subject: the
   * noun is a preposition's object ("at protesters gathered outside …", "of people killed in …")
   * and a preposition follows the verb.
   */
  private static boolean reducedRelative(List<Token> tokens, int i) {
    if (i < 2 || i + 1 >= tokens.size() || !tokens.get(i - 1).isNoun() || !tokens.get(i + 1).pos().equals("IN")) {
      return false;
    }
    int j = i - 2;
    while (j > 0 && (tokens.get(j).pos().equals("DT") || tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("CD"))) {
      j--;
    }
    return tokens.get(j).pos().equals("IN") && !COMPLEMENTIZERS.contains(lower(tokens.get(j)));
  }

  /** Whether a mention is the place of a gathering that is a clause's subject: "the rally in Bratislava", "Sunday's march in Yerevan". */
  private static boolean gatheringIn(List<Token> tokens, Mention m) {
    int at = m.first() - (m.direction().isEmpty() ? 1 : 2);
    if (at >= 1 && lower(tokens.get(at)).equals("the")) {
      at--;
    }
    return at >= 1 && (lower(tokens.get(at)).equals("in") || lower(tokens.get(at)).equals("at"))
        && GATHERINGS.contains(lower(tokens.get(at - 1)));
  }

  private static int[] tokenRange(List<Token> tokens, Span span) {
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.span().start() < span.end() && span.start() < t.span().end()) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  private Optional<Location> best(List<Mention> mentions, Set<String> countries, String method) {
    Mention bestMention = null;
    Place bestPlace = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Mention m : mentions) {
      for (Place p : m.places()) {
        double s = score(p, countries);
        if (s > bestScore) {
          bestScore = s;
          bestMention = m;
          bestPlace = p;
        }
      }
    }
    if (bestPlace == null) {
      return Optional.empty();
    }
    String written = bestMention.direction().isEmpty() ? bestMention.written() : bestMention.direction() + " " + bestMention.written();
    return Optional.of(location(written, bestPlace, method));
  }

  /** The place of an actor's country that other sentences of the article name most (never a feature or country). */
  private Optional<Location> bestInArticle(Event e, Map<Integer, List<Mention>> bySentence, Set<String> countries) {
    Map<Long, Integer> counts = new HashMap<>();
    Map<Long, Mention> byPlace = new HashMap<>();
    Map<Long, Place> places = new HashMap<>();
    for (var entry : bySentence.entrySet()) {
      if (entry.getKey() == e.sentenceIndex()) {
        continue;
      }
      for (Mention m : entry.getValue()) {
        if (m.modifier()) {
          continue; // only places after a locative, which the coder tags other sentences for (Locatives.mayHoldPlace)
        }
        Optional<Place> p = m.places().stream().filter(x -> countries.contains(x.country()) && !x.isCountry() && !Features.isFeature(x))
            .max(Comparator.comparingDouble(x -> score(x, countries)));
        p.ifPresent(x -> {
          counts.merge(x.geonameId(), 1, Integer::sum);
          byPlace.putIfAbsent(x.geonameId(), m);
          places.put(x.geonameId(), x);
        });
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(c -> location(byPlace.get(c.getKey()).written(), places.get(c.getKey()), "article"));
  }

  /**
   * The honest fallback: the country of the side acted upon for material conflict, of the host
   * for a visit; nothing for statements, accusations and agreements, whose place the text does not give.
   */
  private Optional<Location> actorCountry(Event e) {
    String code = e.code().code();
    String country;
    if (code.startsWith("042")) {
      country = country(e.target().actor().country());
    } else if (code.startsWith("043")) {
      country = country(e.source().actor().country());
    } else if (e.code().quadClass() == QuadClass.MATERIAL_CONFLICT && !code.startsWith("16") && !atSea(e) && !aboutSomething(e)) {
      country = country(e.target().actor().country());
      if (gazetteer.country(country) == null) {
        country = country(e.source().actor().country());
      }
    } else {
      return Optional.empty();
    }
    return Optional.ofNullable(gazetteer.country(country)).map(x -> location("", x, "actor-country"));
  }

  /**
   * "China's coast guard blocked Philippine supply boats": an act by or upon ships, with no place
   * named, happened at sea, in no country.
   */
  static boolean atSea(Event e) {
    for (ActorMention a : List.of(e.source(), e.target())) {
      String text = a.text().toLowerCase(Locale.ROOT);
      if (text.contains("coast guard")) {
        return true;
      }
      for (String w : text.split("[^a-z]+")) {
        if (AT_SEA.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double score(Place p, Set<String> countries) {
    return PlaceRanking.score(p, countries);
  }

  /** Mentions of a sentence in a cased article. */
  List<Mention> mentions(Sentence sentence) {
    return mentions(sentence, false);
  }

  /**
   * Place names after a locative, longest first, each with an optional ", Qualifier" and a
   * direction before it; "COUNTRY's NAME" gives NAME in that country.
   */
  List<Mention> mentions(Sentence sentence, boolean caseless) {
    List<Mention> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (joinedHyphen(tokens, i - 1)) {
        continue; // "Port-au-Prince": never a name from the middle of a hyphenated word
      }
      if (!afterLocative(tokens, i)) {
        Mention modifier = caseless ? null : modifierAt(tokens, i);
        if (modifier != null) {
          found.add(modifier);
          i = modifier.last();
        }
        continue;
      }
      Mention capital = capitalAt(tokens, i);
      Mention m = capital != null ? capital : nameAt(tokens, i, caseless);
      if (m == null) {
        continue;
      }
      // "Russia's Kursk region", "Lebanon's Tripoli", "Burkina Faso's north".
      int next = m.last() + 1;
      if (next + 1 < tokens.size() && (tokens.get(next).word().equals("'s") || tokens.get(next).word().equals("'"))
          && m.places().stream().anyMatch(Place::isCountry)) {
        Set<String> country = new HashSet<>();
        m.places().stream().filter(Place::isCountry).forEach(p -> country.add(p.country()));
        Mention inner = nameAt(tokens, next + 1, caseless);
        if (inner != null) {
          List<Place> within = inner.places().stream().filter(p -> country.contains(p.country()) || p.country().isEmpty()).toList();
          if (!within.isEmpty()) {
            m = new Mention(inner.written(), inner.span(), within, inner.first(), inner.last(), inner.direction());
          }
        } else if (DIRECTIONS.contains(tokens.get(next + 1).word().toLowerCase(Locale.ROOT) + "ern")
            || Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest").contains(tokens.get(next + 1).word().toLowerCase(Locale.ROOT))) {
          m = new Mention(m.written(), m.span(), m.places().stream().filter(Place::isCountry).toList(), m.first(), m.last(),
              tokens.get(next + 1).word().toLowerCase(Locale.ROOT));
        }
      }
      found.add(m);
      i = m.last();
    }
    return found;
  }

  /**
   * "a London protest", "the Jenin refugee camp", "a Tunis court": a place name (no country) after
   * a determiner, adjective or possessive, modifying a noun of {@link Locatives#MODIFIED_NOUNS}
   * (maybe through one more common noun: "refugee camp").
   */
  private Mention modifierAt(List<Token> tokens, int i) {
    String before = tokens.get(i - 1).pos();
    if (!(before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$") || before.equals("POS"))) {
      return null;
    }
    Mention m = nameAt(tokens, i, false);
    if (m == null || m.direction().length() > 0 || m.places().stream().anyMatch(Place::isCountry)) {
      return null;
    }
    int next = m.last() + 1;
    if (next + 1 < tokens.size() && commonNoun(tokens.get(next)) && !Locatives.MODIFIED_NOUNS.contains(lower(tokens.get(next)))) {
      next++; // "the Jenin refugee camp"
    }
    if (next >= tokens.size() || !commonNoun(tokens.get(next)) || !Locatives.MODIFIED_NOUNS.contains(lower(tokens.get(next)))) {
      return null;
    }
    return new Mention(m.written(), m.span(), m.places(), m.first(), m.last(), "", true, m.qualified());
  }

  private static boolean commonNoun(Token t) {
    return t.isNoun() && !t.isProperNoun() && Character.isLowerCase(t.word().codePointAt(0));
  }

  /**
   * "in the US capital", "in the Ugandan capital": a country or its adjective before "capital"
   * is that country's capital city.
   */
  private Mention capitalAt(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !lower(tokens.get(i + 1)).equals("capital") || !Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
      return null;
    }
    Optional<Place> capital = demonyms.country(tokens.get(i).word()).map(c -> gazetteer.capital(c.country()));
    if (capital.isEmpty() || capital.get() == null) {
      return null;
    }
    Span span = new Span(tokens.get(i).span().start(), tokens.get(i + 1).span().end());
    return new Mention(tokens.get(i).word() + " capital", span, List.of(capital.get()), i, i + 1, "");
  }

  /** Whether token i is a hyphen written inside a word ("Port-au-Prince"), touching the words on both sides. */
  static boolean joinedHyphen(List<Token> tokens, int i) {
    if (i <= 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return (t.word().equals("-") || t.word().equals("‑")) && tokens.get(i - 1).span().end() == t.span().start()
        && t.span().end() == tokens.get(i + 1).span().start();
  }

  /** Whether token k of a run is a hyphen inside a word or a word after such a hyphen ("au", "on", "Don"). */
  private static boolean inHyphenated(List<Token> tokens, int k) {
    return joinedHyphen(tokens, k) || joinedHyphen(tokens, k - 1);
  }

  /** Whether token i may begin a place: after a locative, "the", a direction, or "of" after a place noun. */
  private static boolean afterLocative(List<Token> tokens, int i) {
    return Locatives.before(tokens, i);
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** The longest known name at token i (after an optional direction), or null. */
  private Mention nameAt(List<Token> tokens, int i, boolean caseless) {
    String direction = "";
    int start = i;
    if (start < tokens.size() && DIRECTIONS.contains(lower(tokens.get(start)))) {
      direction = lower(tokens.get(start));
      start++;
    }
    if (start >= tokens.size() || TIME_WORDS.contains(lower(tokens.get(start)))
        || lower(tokens.get(start)).equals("new") && start + 1 < tokens.size() && lower(tokens.get(start + 1)).equals("year")) {
      return null; // "in March", "on New Year's Day"; but "in New York"
    }
    if (!direction.isEmpty() && Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
      // "in Eastern Samar", "in Northern Ireland": a capitalised direction may begin the name itself
      Mention whole = nameFrom(tokens, i, "", caseless);
      if (whole != null) {
        return whole;
      }
    }
    return nameFrom(tokens, start, direction, caseless);
  }

  /** The longest known name beginning at token start, or null. */
  private Mention nameFrom(List<Token> tokens, int start, String direction, boolean caseless) {
    for (int n = Math.min(Math.max(LONGEST_NAME, features.longestName()), tokens.size() - start); n >= 1; n--) {
      List<Token> run = tokens.subList(start, start + n);
      if (joinedHyphen(tokens, start + n) || joinedHyphen(tokens, start + n - 1) || !nameShaped(tokens, start, n, caseless)) {
        continue; // "Port" of "Port-au-Prince" is no name of its own
      }
      String written = join(run);
      Span span = new Span(run.get(0).span().start(), run.get(n - 1).span().end());
      Optional<Place> feature = features.lookup(written);
      if (feature.isPresent()) {
        return new Mention(written, span, List.of(feature.get()), start, start + n - 1, direction);
      }
      if (partOfLongerName(tokens, start + n)) {
        continue;
      }
      boolean proper = properName(tokens, start, n, caseless);
      List<Place> places = gazetteer.lookup(written);
      if (places.isEmpty() && proper && !caseless && run.stream().filter(t -> !t.word().equals("-")).count() <= 3) {
        // "Hodeidah", "Suwayda", "Maarat al-Noman": another romanisation of a town the gazetteer spells otherwise
        places = gazetteer.variantsOf(written);
      }
      if (n == 1 && written.length() <= 3 && written.equals(written.toUpperCase(Locale.ROOT))) {
        places = places.stream().filter(Place::isCountry).toList(); // "the US capital" is no village named Us
      }
      if (caseless) {
        // (a place the truecaser capitalised at a Title Case headline's end may be smaller: "… Near Tessalit", HeadlinePlaces)
        boolean headline = Character.isUpperCase(tokens.get(start).word().codePointAt(0)) && HeadlinePlaces.atEnd(tokens, start);
        places = places.stream().filter(p -> p.isCountry() || p.population() >= CASELESS_POPULATION
            || headline && HeadlinePlaces.mayBe(p, written)).toList();
      }
      places = countryOverItsOwn(places);
      if (places.isEmpty()) {
        continue;
      }
      Qualification q = qualified(places, tokens, start + n, caseless);
      List<Place> narrowed = q.narrowed();
      if (proper && narrowed.isEmpty() && !q.regions().isEmpty()) {
        // "Tillia, Niger", "Mocha in western Yemen": nothing of that name lies where the text says, so the place is
        // the country or division written (Tilburg, whose spellings hold "Tilia", is no place in Niger)
        Place region = q.regions().stream().max(Comparator.comparingDouble(x -> score(x, Set.of()))).orElseThrow();
        return new Mention(written, span, List.of(region), start, start + n - 1, direction, false, true);
      }
      if (proper) {
        return new Mention(written, span, narrowed.isEmpty() ? places : narrowed, start, start + n - 1, direction, false, !narrowed.isEmpty());
      }
      if (!caseless && !narrowed.isEmpty()) {
        // "Bath, England", "Reading, Pennsylvania": a capitalised word tagged a common noun is a place when a qualifier narrows it
        return new Mention(written, span, narrowed, start, start + n - 1, direction, false, true);
      }
    }
    return null;
  }

  /**
   * "in Mexico", "in northern Mexico", "in Kuwait", "in Panama": a country's name is the country, not
   * the capital or division of that country that GeoNames also calls so (Mexico City, whose
   * alternates hold "Mexico"; Kuwait City; Panamá; the State of Mexico). Places of other countries
   * named like it stay, for the ranking to weigh ("Lebanon, Tennessee", Georgia the US state).
   */
  static List<Place> countryOverItsOwn(List<Place> places) {
    Set<String> named = new HashSet<>();
    for (Place p : places) {
      if (p.isCountry()) {
        named.add(p.country());
      }
    }
    return named.isEmpty() ? places : places.stream().filter(p -> p.isCountry() || !named.contains(p.country())).toList();
  }

  /**
   * A run of words that can be a name: capitalised (or, in a caseless article, nouns), joined by
   * connectors or inside a hyphenated word ("Rostov-on-Don"), maybe ending "region".
   */
  private static boolean nameShaped(List<Token> tokens, int start, int n, boolean caseless) {
    List<Token> run = tokens.subList(start, start + n);
    for (int k = 0; k < run.size(); k++) {
      Token t = run.get(k);
      String w = lower(t);
      boolean inner = k > 0 && k < run.size() - 1;
      boolean last = k == run.size() - 1;
      if (inner && CONNECTORS.contains(w) || k > 0 && inHyphenated(tokens, start + k)) {
        continue;
      }
      if (k > 0 && last && NAME_ENDINGS.contains(w)) {
        continue;
      }
      if (caseless ? !(t.isNoun() || Character.isUpperCase(t.word().codePointAt(0))) : !Character.isUpperCase(t.word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every capitalised word of the name is tagged a proper noun (in a caseless article, a noun), or
   * after the first a capitalised adjective or noun ("Novi Sad"); inside a hyphenated word, the first.
   */
  private static boolean properName(List<Token> tokens, int start, int n, boolean caseless) {
    for (int k = 0; k < n; k++) {
      Token t = tokens.get(start + k);
      String w = lower(t);
      if (CONNECTORS.contains(w) || NAME_ENDINGS.contains(w) || k > 0 && inHyphenated(tokens, start + k)) {
        continue;
      }
      // "Novi Sad": a capitalised later word the tagger took for an adjective; the gazetteer must still know the whole name
      boolean capitalised = k > 0 && !caseless && Character.isUpperCase(t.word().codePointAt(0)) && (t.pos().startsWith("JJ") || t.isNoun());
      if (TIME_WORDS.contains(w) || !(caseless ? t.isNoun() : t.isProperNoun() || capitalised)) {
        return false;
      }
    }
    return true;
  }

  /** "Independence Day", "George Washington University": the name goes on with another proper noun. */
  private static boolean partOfLongerName(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next);
    return t.isProperNoun() && Character.isUpperCase(t.word().codePointAt(0));
  }

  /**
   * What a qualifier written after a name says: the places it narrows the name's places to, and the
   * countries or divisions it names when they close the phrase (for a name none of whose places lies there).
   */
  record Qualification(List<Place> narrowed, List<Place> regions) {
    static final Qualification NONE = new Qualification(List.of(), List.of());
  }

  /**
   * "Paris, Texas", "Tripoli, Lebanon", "Tillia, Niger,", "Mocha in western Yemen", "Marawi, in the
   * southern Philippines", "Kobo in Ethiopia's Amhara region": the state, country or division written
   * after a name. After a comma the qualifier must close its phrase to name a region ("in Gaza, Israel's
   * army said" is no Gaza in Israel); after "in" it must be a country or division.
   */
  private Qualification qualified(List<Place> places, List<Token> tokens, int next, boolean caseless) {
    if (next + 1 < tokens.size() && lower(tokens.get(next)).equals("in")) {
      return within(places, tokens, next + 1, caseless);
    }
    if (next + 1 >= tokens.size() || !tokens.get(next).word().equals(",")) {
      return Qualification.NONE;
    }
    if (next + 2 < tokens.size() && lower(tokens.get(next + 1)).equals("in")) {
      return within(places, tokens, next + 2, caseless); // "Marawi, in the southern Philippines"
    }
    String qualifier = tokens.get(next + 1).word();
    int end = next + 2;
    if (next + 2 < tokens.size() && tokens.get(next + 2).isProperNoun()) {
      qualifier = qualifier + " " + tokens.get(next + 2).word(); // "London, Ontario" / "Victoria, British Columbia"
      end = next + 3;
    }
    List<Place> narrowed = narrow(places, qualifier);
    if (narrowed.isEmpty() && qualifier.contains(" ")) {
      qualifier = tokens.get(next + 1).word();
      end = next + 2;
      narrowed = narrow(places, qualifier);
    }
    boolean closes = end >= tokens.size() || Set.of(",", ".", ";", ":", ")", "-", "--", "—", "–").contains(tokens.get(end).word());
    return new Qualification(narrowed, closes && Character.isUpperCase(qualifier.codePointAt(0)) ? qualifiers.regions(qualifier) : List.of());
  }

  /** The qualifier "in [the] [direction] COUNTRY" or "in COUNTRY's DIVISION" beginning at token k. */
  private Qualification within(List<Place> places, List<Token> tokens, int k, boolean caseless) {
    if (k < tokens.size() && lower(tokens.get(k)).equals("the")) {
      k++;
    }
    Mention region = k < tokens.size() ? nameAt(tokens, k, caseless) : null;
    if (region == null) {
      return Qualification.NONE;
    }
    List<Place> regions = region.places().stream().filter(p -> p.isCountry() || p.isDivision()).toList();
    int after = region.last() + 1;
    if (!regions.isEmpty() && after + 1 < tokens.size() && tokens.get(after).word().equals("'s")) {
      Mention inner = nameAt(tokens, after + 1, caseless); // "in Ethiopia's Amhara region"
      if (inner != null) {
        List<Place> divisions = inner.places().stream().filter(p -> p.isDivision() && regions.stream().anyMatch(c -> c.isCountry() && c.country().equals(p.country()))).toList();
        if (!divisions.isEmpty()) {
          return new Qualification(Qualifiers.within(places, divisions), divisions);
        }
      }
    }
    return regions.isEmpty() ? Qualification.NONE : new Qualification(Qualifiers.within(places, regions), regions);
  }

  private List<Place> narrow(List<Place> places, String qualifier) {
    return qualifiers.narrow(places, qualifier);
  }

  /** The words as written: a space between words apart, none inside a hyphenated word ("Ivano-Frankivsk"). */
  private static String join(List<Token> run) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < run.size(); k++) {
      Token t = run.get(k);
      boolean apart = k > 0 && run.get(k - 1).span().end() < t.span().start();
      s.append(apart ? " " : "").append(t.word());
    }
    return s.toString();
  }

  private static Location location(String written, Place p, String method) {
    return p.toLocation(written, method);
  }

  /** The ISO country of an actor's CAMEO country. */
  private static String country(String cameo) {
    return CountryCodes.iso3(cameo);
  }

}
