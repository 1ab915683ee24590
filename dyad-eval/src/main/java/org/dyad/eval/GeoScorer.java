package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.ArticleResult;
import org.dyad.geo.GeoLocator;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.places.Gazetteer;

/**
 * Scores where events are placed against a geo gold set ({@code eval/gold/geo.jsonl}, format in
 * {@code eval/gold/REAL.md}): each sentence is coded with the {@link ArticleCoder} and located with
 * the {@link GeoLocator}; the location of the event matching the gold event (same source and target
 * country and CAMEO root; else the same root; else the first event) is compared with the gold place.
 * A gold sentence that holds a material act beside a saying about it ("Speaking in Brussels, the
 * minister condemned Russia's strike on Odesa": 111 and 195) gives the act's place, so its material
 * events ({@link #placedEvents}) are the ones matched; the saying keeps its own place (Brussels).
 *
 * <p>The report's {@code metrics} carry each rate as counts whose F1 is the rate (tp = right,
 * fp = fn = wrong), so the floors file holds them like any F1: {@code place-exact},
 * {@code place-admin1}, {@code place-country} (over places given where the gold has one),
 * {@code place-found} and {@code place-none-kept} (1 − the wrong-place rate on sentences with none).
 */
public final class GeoScorer {
  private final ArticleCoder coder;
  private final GeoLocator locator;

  public GeoScorer(ArticleCoder coder, GeoLocator locator) {
    this.coder = coder;
    this.locator = locator;
  }

  /** A gold place: precision city, admin1, feature, country or none. */
  record GoldPlace(String precision, String name, Long geonamesId, String admin1, String country) {
    boolean placed() {
      return !precision.equals("none");
    }

    @Override
    public String toString() {
      return placed() ? precision + " " + name + (geonamesId == null ? "" : " " + geonamesId) + " " + (admin1 == null ? "" : admin1 + " ") + country
          : "none";
    }
  }

  /** Whether a JSONL file is a geo gold set: its first record has a {@code place}. */
  static boolean isGeo(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      String first = lines.filter(l -> !l.isBlank()).findFirst().orElse("");
      try {
        return new ObjectMapper().readTree(first).has("place");
      } catch (IOException e) {
        return false;
      }
    }
  }

  public EvalReport score(GoldSet set, Path file) throws IOException {
    Map<String, GoldPlace> places = places(file);
    Map<String, int[]> m = new LinkedHashMap<>();
    for (String k : List.of("exact", "admin1", "country", "exact-all", "admin1-all", "country-all", "found", "none-kept")) {
      m.put(k, new int[2]);
    }
    Map<String, int[]> perPrecision = new TreeMap<>();
    Map<String, Integer> byMethod = new TreeMap<>();
    List<GeoScores.Error> errors = new ArrayList<>();
    long start = System.nanoTime();
    for (GoldSentence g : set.sentences()) {
      GoldPlace gold = places.get(g.id());
      if (gold == null) {
        continue;
      }
      ArticleResult result = locator.locate(coder.code(new Article(g.id(), set.name(), "", g.date(), g.text())));
      Location l = location(g, result.events());
      boolean given = l != null && l.precision() != Location.Precision.NONE;
      if (given) {
        byMethod.merge(l.method(), 1, Integer::sum);
      }
      boolean wrong;
      if (!gold.placed()) {
        count(m, "none-kept", !given);
        wrong = given;
      } else {
        count(m, "found", given);
        boolean exact = given && exact(gold, l);
        count(m, "exact-all", exact);
        if (given) {
          count(m, "exact", exact);
          int[] c = perPrecision.computeIfAbsent(gold.precision(), k -> new int[2]);
          c[0] += exact ? 1 : 0;
          c[1]++;
        }
        wrong = !exact;
        if (gold.admin1() != null && !gold.admin1().isEmpty()) {
          boolean right = given && gold.country().equals(l.country()) && gold.admin1().equals(l.admin1());
          count(m, "admin1-all", right);
          if (given) {
            count(m, "admin1", right);
          }
        }
        if (gold.country() != null && !gold.country().isEmpty()) {
          boolean right = given && gold.country().equals(l.country());
          count(m, "country-all", right);
          if (given) {
            count(m, "country", right);
          }
        }
      }
      if (wrong) {
        errors.add(new GeoScores.Error(g.id(), g.text(), gold.toString(), describe(l, result.events().isEmpty())));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Counts> metrics = new LinkedHashMap<>();
    for (String k : List.of("exact", "admin1", "country", "found", "none-kept")) {
      int[] c = m.get(k);
      metrics.put("place-" + k, new Counts(c[0], c[1] - c[0], c[1] - c[0]));
    }
    return new EvalReport(set.name(), "", "place", set.sentences().size(), set.skipped(), metrics, 0, Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), set.sentences().size() / Math.max(seconds, 1e-9),
        new GeoScores(m, perPrecision, byMethod, errors));
  }

  private static void count(Map<String, int[]> m, String k, boolean right) {
    int[] c = m.get(k);
    c[0] += right ? 1 : 0;
    c[1]++;
  }

  static boolean exact(GoldPlace gold, Location l) {
    return switch (gold.precision()) {
      case "feature" -> l.precision() == Location.Precision.FEATURE && Gazetteer.key(l.name()).equals(Gazetteer.key(gold.name()));
      case "country" -> l.precision() == Location.Precision.COUNTRY && gold.country().equals(l.country());
      default -> gold.geonamesId() != null && gold.geonamesId() == l.geonameId();
    };
  }

  /** The location of the event the gold describes. */
  private static Location location(GoldSentence g, List<Event> events) {
    if (events.isEmpty()) {
      return null;
    }
    List<Event> asserted = events.stream().filter(Event::asserted).toList();
    List<Event> pool = asserted.isEmpty() ? events : asserted;
    List<GoldEvent> placed = placedEvents(g.events());
    for (GoldEvent x : placed) {
      for (Event e : pool) {
        if (x.code() != null && e.code().code().startsWith(x.code().substring(0, 2))
            && country(e.source().actor().code()).equals(country(x.source())) && country(e.target().actor().code()).equals(country(x.target()))) {
          return e.location();
        }
      }
    }
    for (GoldEvent x : placed) {
      for (Event e : pool) {
        if (x.code() != null && e.code().code().startsWith(x.code().substring(0, 2))) {
          return e.location();
        }
      }
    }
    return pool.get(0).location();
  }

  /**
   * The gold events the sentence's place belongs to: its material acts (CAMEO roots 06–08 and
   * 14–20) when it has both those and sayings, else all of them.
   */
  static List<GoldEvent> placedEvents(List<GoldEvent> events) {
    List<GoldEvent> material = events.stream().filter(x -> x.code() != null && x.code().length() >= 2 && material(x.code())).toList();
    return material.isEmpty() ? events : material;
  }

  private static boolean material(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 6 && root <= 8 || root >= 14;
  }

  private static String country(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  private static String describe(Location l, boolean noEvent) {
    if (l == null) {
      return noEvent ? "none (no event coded)" : "none";
    }
    return String.format(Locale.ROOT, "%s %s %d %s%s by %s (written '%s')", l.precision().name().toLowerCase(Locale.ROOT), l.name(), l.geonameId(),
        l.admin1().isEmpty() ? "" : l.admin1() + " ", l.country(), l.method(), l.written());
  }

  private static Map<String, GoldPlace> places(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, GoldPlace> places = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      JsonNode p = n.path("place");
      if (p.isMissingNode()) {
        continue;
      }
      places.put(n.path("id").asText(), new GoldPlace(p.path("precision").asText("none"), text(p, "name"),
          p.path("geonames_id").isNumber() ? p.path("geonames_id").asLong() : null, text(p, "admin1"), text(p, "country")));
    }
    return places;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
