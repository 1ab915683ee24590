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
import org.dyad.places.Features;
import org.dyad.places.CountryCodes;
import org.dyad.places.Gazetteer;
import org.dyad.places.Locatives;
import org.dyad.places.Place;
import org.dyad.places.PlaceRanking;
import org.dyad.places.Qualifiers;

/**
 * Gives each event the most specific location its article supports, in these steps:
 *
 * <ol>
 *   <li>sentence: a proper name after a locative preposition ("in", "near", "outside", "on",
 *       …, or "of" after a place noun: "the city of Kherson") that the gazetteer or the
 *       {@link Features} list knows; a name without one ("Washington said") is an actor, not a
 *       place. Every word of the name must be tagged a proper noun (in an all-lower-case article:
 *       a noun, and then only countries, features and places of 100,000 people or more), never a
 *       month, weekday or other time word, never the first part of a longer name ("Independence
 *       Day"). "Russia's Kursk region" and "Lebanon's Tripoli" restrict the name to the country;
 *       "eastern Ukraine" keeps its direction in {@link Location#written()}. The name must belong
 *       to the event: not inside the attribution, not the subject of a reporting verb ("Analysts
 *       in Vienna said"), not separated from the trigger by another finite verb or a complementizer
 *       (another clause), and for a verbal act not behind another preposition ("accused Russia of
 *       blowing up the dam on the Dnipro"), not the topic of a saying ("condemned the strikes in
 *       Lebanon", "discussed the war in Ukraine"), not an organisation the coder found as an
 *       actor ("the Hamas attack"); of the names left, the nearest to the trigger wins.
 *       Among the places a name may mean, {@link #score} prefers actors' countries, capitals and
 *       population; a qualifier ("Paris, Texas", "Tripoli, Lebanon") restricts them;
 *   <li>dateline: the place a wire story opens with ("KYIV, March 3 –"), as the coder found it;
 *   <li>article: the place of an actor's country named most often elsewhere in the article;
 *   <li>actor-country: the centroid of the target's country for material conflict but sanctions,
 *       expulsions and other reduced relations (root 16, acts of no place; the source's when the
 *       target has none), the host's for a visit (042 the target's, 043 the
 *       source's), with country precision and method {@code actor-country};
 *   <li>else no location: a statement, accusation or agreement with no place in its text is not
 *       put at a country's centre.
 * </ol>
 *
 * Thread-safe; the gazetteer is shared.
 */
public final class GeoLocator {
  private static final Set<String> PLACE_NOUNS = Locatives.PLACE_NOUNS;
  private static final Set<String> DIRECTIONS = Locatives.DIRECTIONS;
  /** Lower-case words that may end a name: "Kharkiv region", "the Dnipro river", "the Rafah crossing". */
  private static final Set<String> NAME_ENDINGS = Set.of("region", "province", "state", "oblast", "governorate", "district",
      "county", "prefecture", "river", "crossing", "sea", "strait");
  /** Words that join the words of one name: "Strait of Hormuz", "Sistan and Baluchestan", "Bab el-Mandeb". */
  private static final Set<String> CONNECTORS = Set.of("of", "and", "el", "al", "de", "del", "-");
  private static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
      "tomorrow", "christmas", "easter", "ramadan", "eid", "weekend", "spring", "summer", "autumn", "winter", "new");
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "claim", "announce", "confirm", "write",
      "note", "state", "allege", "insist", "estimate", "believe", "think");
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "which", "who", "whom", "whose", "where", "while", "after",
      "before", "because", "when", "if", "although", "though", "since", "until", "unless", "whether");
  private static final int LONGEST_NAME = 5;
  private static final long CASELESS_POPULATION = 100_000;

  private final Gazetteer gazetteer;
  private final Features features;
  private final Qualifiers qualifiers;

  public GeoLocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.features = Features.load();
    this.qualifiers = new Qualifiers(gazetteer);
  }

  /**
   * A place name found in a sentence: its words (first and last token index), the places it may
   * mean, and a direction written before it ("eastern").
   */
  record Mention(String written, Span span, List<Place> places, int first, int last, String direction) {
    Mention(String written, Span span, List<Place> places) {
      this(written, span, places, -1, -1, "");
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
    List<Event> located = new ArrayList<>();
    for (Event e : result.events()) {
      // The coder places an event whose target is a place ("shelled Kharkiv") there already.
      located.add(e.location() != null ? e : e.withLocation(locate(e, sentences.get(e.sentenceIndex()),
          bySentence.getOrDefault(e.sentenceIndex(), List.of()), dateline, bySentence).orElse(null)));
    }
    return result.withEvents(located);
  }

  private Optional<Location> locate(Event e, Sentence sentence, List<Mention> mentions, List<Mention> dateline,
      Map<Integer, List<Mention>> bySentence) {
    Set<String> countries = new HashSet<>(List.of(country(e.source().actor().country()), country(e.target().actor().country())));
    Optional<Location> here = sentence == null ? Optional.empty() : nearest(e, sentence, outsideAttribution(mentions, sentence, e.attribution()), countries);
    return here.or(() -> best(dateline, countries, "dateline"))
        .or(() -> bestInArticle(e, bySentence, countries)).or(() -> actorCountry(e));
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
    boolean verbal = e.code().quadClass() == QuadClass.VERBAL_COOPERATION || e.code().quadClass() == QuadClass.VERBAL_CONFLICT;
    Mention bestMention = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.places().isEmpty() || subjectOfReporting(tokens, m, trigger) || otherClause(tokens, m, trigger, verbal)
          || (aboutSomething(e) && ofTopic(sentence, m, trigger, e))) {
        continue;
      }
      int distance = m.first() > trigger[1] ? m.first() - trigger[1] : trigger[0] - m.last();
      if (distance < bestDistance) {
        bestDistance = distance;
        bestMention = m;
      }
    }
    return bestMention == null ? Optional.empty() : best(List.of(bestMention), countries, "sentence");
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
        || code.equals("040") || code.startsWith("041");
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
    // "Israeli air strikes killed 40 people across the Gaza Strip": a noun trigger's own verb.
    boolean ownVerb = after && tokens.get(trigger[1]).isNoun();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      String pos = t.pos();
      if (ownVerb && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
        ownVerb = false;
        continue;
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
      if (verbal && after && i < locative && (pos.equals("IN") || pos.equals("TO")) && !w.equals("on") && !w.equals("in")) {
        return true;
      }
      if (verbal && after && i < locative && pos.equals("IN") && (w.equals("in") || w.equals("on")) && i > from) {
        return true;
      }
    }
    return false;
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
    } else if (e.code().quadClass() == QuadClass.MATERIAL_CONFLICT && !code.startsWith("16")) {
      country = country(e.target().actor().country());
      if (gazetteer.country(country) == null) {
        country = country(e.source().actor().country());
      }
    } else {
      return Optional.empty();
    }
    return Optional.ofNullable(gazetteer.country(country)).map(x -> location("", x, "actor-country"));
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
      if (!afterLocative(tokens, i)) {
        continue;
      }
      Mention m = nameAt(tokens, i, caseless);
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
    if (start >= tokens.size() || TIME_WORDS.contains(lower(tokens.get(start)))) {
      return null;
    }
    for (int n = Math.min(Math.max(LONGEST_NAME, features.longestName()), tokens.size() - start); n >= 1; n--) {
      List<Token> run = tokens.subList(start, start + n);
      if (!nameShaped(run, caseless)) {
        continue;
      }
      String written = join(run);
      Span span = new Span(run.get(0).span().start(), run.get(n - 1).span().end());
      Optional<Place> feature = features.lookup(written);
      if (feature.isPresent()) {
        return new Mention(written, span, List.of(feature.get()), start, start + n - 1, direction);
      }
      if (!properName(run, caseless) || partOfLongerName(tokens, start + n)) {
        continue;
      }
      List<Place> places = gazetteer.lookup(written);
      if (n == 1 && written.length() <= 3 && written.equals(written.toUpperCase(Locale.ROOT))) {
        places = places.stream().filter(Place::isCountry).toList(); // "the US capital" is no village named Us
      }
      if (caseless) {
        places = places.stream().filter(p -> p.isCountry() || p.population() >= CASELESS_POPULATION).toList();
      }
      if (!places.isEmpty()) {
        return new Mention(written, span, qualified(places, tokens, start + n), start, start + n - 1, direction);
      }
    }
    return null;
  }

  /** A run of words that can be a name: capitalised (or, in a caseless article, nouns), joined by connectors, maybe ending "region". */
  private static boolean nameShaped(List<Token> run, boolean caseless) {
    for (int k = 0; k < run.size(); k++) {
      Token t = run.get(k);
      String w = lower(t);
      boolean inner = k > 0 && k < run.size() - 1;
      boolean last = k == run.size() - 1;
      if (inner && CONNECTORS.contains(w)) {
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

  /** Every capitalised word of the name is tagged a proper noun (in a caseless article, a noun). */
  private static boolean properName(List<Token> run, boolean caseless) {
    for (Token t : run) {
      String w = lower(t);
      if (CONNECTORS.contains(w) || NAME_ENDINGS.contains(w)) {
        continue;
      }
      if (TIME_WORDS.contains(w) || !(caseless ? t.isNoun() : t.isProperNoun())) {
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

  /** "Paris, Texas", "Tripoli, Lebanon": a following state or country narrows the places. */
  private List<Place> qualified(List<Place> places, List<Token> tokens, int next) {
    if (next + 1 >= tokens.size() || !tokens.get(next).word().equals(",")) {
      return places;
    }
    String qualifier = tokens.get(next + 1).word();
    if (next + 2 < tokens.size() && tokens.get(next + 2).isProperNoun()) {
      qualifier = qualifier + " " + tokens.get(next + 2).word(); // "London, Ontario" / "Victoria, British Columbia"
    }
    List<Place> narrowed = narrow(places, qualifier);
    if (narrowed.isEmpty() && qualifier.contains(" ")) {
      narrowed = narrow(places, tokens.get(next + 1).word());
    }
    return narrowed.isEmpty() ? places : narrowed;
  }

  private List<Place> narrow(List<Place> places, String qualifier) {
    return qualifiers.narrow(places, qualifier);
  }

  private static String join(List<Token> run) {
    StringBuilder s = new StringBuilder();
    for (Token t : run) {
      s.append(s.length() == 0 ? "" : " ").append(t.word());
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
