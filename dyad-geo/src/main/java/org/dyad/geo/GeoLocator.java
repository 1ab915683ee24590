package org.dyad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.ArticleResult;
import org.dyad.coder.SentenceTrace;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.QuadClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.places.Gazetteer;
import org.dyad.places.Place;
import org.dyad.places.PlaceRanking;
import org.dyad.places.UsStates;

/**
 * Gives each event the most specific location its article supports, in three steps:
 *
 * <ol>
 *   <li>sentence: a capitalized name after a locative preposition ("in", "near", "outside", "on",
 *       …) that the gazetteer knows; a name without one ("Washington said") is an actor, not a
 *       place. Among the places a name may mean, {@link #score} prefers actors' countries,
 *       capitals and population; a qualifier ("Paris, Texas", "Tripoli, Lebanon") restricts them;
 *   <li>dateline: the place a wire story opens with ("KYIV, March 3 –"), as the coder found it;
 *   <li>article: the place of an actor's country named most often elsewhere in the article;
 *   <li>actor-country: the centroid of the target's country for material conflict, else the
 *       source's, with country precision.
 * </ol>
 *
 * Thread-safe; the gazetteer is shared.
 */
public final class GeoLocator {
  private static final Set<String> LOCATIVES =
      Set.of("in", "near", "outside", "at", "around", "across", "inside", "into", "from", "toward", "towards", "on", "over", "throughout", "along");
  private static final int LONGEST_NAME = 3;

  private final Gazetteer gazetteer;
  private final UsStates states;

  public GeoLocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.states = UsStates.load();
  }

  /** A place name found in a sentence. */
  record Mention(String written, Span span, List<Place> places) {}

  public ArticleResult locate(ArticleResult result) {
    Map<Integer, Sentence> sentences = new HashMap<>();
    List<Mention> inArticle = new ArrayList<>();
    List<Mention> dateline = result.dateline()
        .map(d -> List.of(new Mention(d.written(), d.span(), List.of(d.place())))).orElse(List.of());
    for (SentenceTrace t : result.traces()) {
      sentences.put(t.sentence().index(), t.sentence());
      inArticle.addAll(mentions(t.sentence()));
    }
    List<Event> located = new ArrayList<>();
    for (Event e : result.events()) {
      // The coder places an event whose target is a place ("shelled Kharkiv") there already.
      located.add(e.location() != null ? e : e.withLocation(locate(e, sentences.get(e.sentenceIndex()), dateline, inArticle).orElse(null)));
    }
    return result.withEvents(located);
  }

  private Optional<Location> locate(Event e, Sentence sentence, List<Mention> dateline, List<Mention> inArticle) {
    Set<String> countries = new HashSet<>(List.of(country(e.source().actor().country()), country(e.target().actor().country())));
    Optional<Location> here = sentence == null ? Optional.empty()
        : best(outsideAttribution(mentions(sentence), sentence, e.attribution()), countries, "sentence");
    return here.or(() -> best(dateline, countries, "dateline"))
        .or(() -> bestInArticle(inArticle, countries)).or(() -> actorCountry(e));
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
    return bestPlace == null ? Optional.empty() : Optional.of(location(bestMention.written(), bestPlace, method));
  }

  private Optional<Location> bestInArticle(List<Mention> mentions, Set<String> countries) {
    Map<Long, Integer> counts = new HashMap<>();
    Map<Long, Mention> byPlace = new HashMap<>();
    Map<Long, Place> places = new HashMap<>();
    for (Mention m : mentions) {
      Optional<Place> p = m.places().stream().filter(x -> countries.contains(x.country()) && !x.isCountry())
          .max(Comparator.comparingDouble(x -> score(x, countries)));
      p.ifPresent(x -> {
        counts.merge(x.geonameId(), 1, Integer::sum);
        byPlace.putIfAbsent(x.geonameId(), m);
        places.put(x.geonameId(), x);
      });
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(c -> location(byPlace.get(c.getKey()).written(), places.get(c.getKey()), "article"));
  }

  private Optional<Location> actorCountry(Event e) {
    boolean material = e.code().quadClass() == QuadClass.MATERIAL_CONFLICT;
    String code = country((material ? e.target() : e.source()).actor().country());
    Place p = gazetteer.country(code);
    if (p == null) {
      p = gazetteer.country(country((material ? e.source() : e.target()).actor().country()));
    }
    return Optional.ofNullable(p).map(x -> location("", x, "actor-country"));
  }

  private static double score(Place p, Set<String> countries) {
    return PlaceRanking.score(p, countries);
  }

  /** Gazetteer names after a locative preposition, longest first, with an optional ", Qualifier". */
  List<Mention> mentions(Sentence sentence) {
    List<Mention> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (!LOCATIVES.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT)) && !isDeterminerAfterLocative(tokens, i)) {
        continue;
      }
      for (int n = Math.min(LONGEST_NAME, tokens.size() - i); n >= 1; n--) {
        if (!capitalized(tokens.subList(i, i + n))) {
          continue;
        }
        String written = join(tokens.subList(i, i + n));
        List<Place> places = gazetteer.lookup(written);
        if (!places.isEmpty()) {
          Span span = new Span(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
          found.add(new Mention(written, span, qualified(places, tokens, i + n)));
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  private static boolean isDeterminerAfterLocative(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("the") && LOCATIVES.contains(tokens.get(i - 2).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** "Paris, Texas", "Tripoli, Lebanon": a following state or country narrows the places. */
  private List<Place> qualified(List<Place> places, List<Token> tokens, int next) {
    if (next + 1 >= tokens.size() || !tokens.get(next).word().equals(",")) {
      return places;
    }
    String qualifier = tokens.get(next + 1).word();
    Optional<String> state = states.code(qualifier);
    List<Place> narrowed = new ArrayList<>();
    for (Place p : places) {
      boolean inState = state.isPresent() && p.country().equals("USA") && p.admin1().equals(state.get());
      boolean inCountry = gazetteer.lookup(qualifier).stream().anyMatch(c -> c.isCountry() && c.country().equals(p.country()));
      if (inState || inCountry) {
        narrowed.add(p);
      }
    }
    return narrowed.isEmpty() ? places : narrowed;
  }

  private static boolean capitalized(List<Token> run) {
    for (Token t : run) {
      if (!Character.isUpperCase(t.word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String join(List<Token> run) {
    StringBuilder s = new StringBuilder();
    for (Token t : run) {
      s.append(s.length() == 0 ? "" : " ").append(t.word());
    }
    return s.toString();
  }

  private static Location location(String written, Place p, String method) {
    Location.Precision precision = p.isCountry() ? Location.Precision.COUNTRY
        : p.isDivision() ? Location.Precision.ADMIN1 : Location.Precision.CITY;
    return new Location(written, p.name(), p.geonameId(), p.feature(), p.country(), p.admin1(), p.latitude(), p.longitude(), precision, method);
  }

  /** CAMEO country codes that differ from ISO 3166 alpha-3. */
  private static String country(String cameo) {
    return switch (cameo) {
      case "KSV" -> "XKX";
      case "TMP" -> "TLS";
      default -> cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
    };
  }
}
