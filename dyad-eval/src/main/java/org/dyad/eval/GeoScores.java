package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The place scores of a geo gold set ({@code geo.jsonl}), sentence by sentence.
 *
 * @param measures per measure, {@code right} and {@code judged}: {@code exact} (same GeoNames id,
 *     same feature name, or the country at country precision), {@code admin1} (same country and
 *     admin1 code, on gold places that have one), {@code country} (on gold places with a country),
 *     each over the sentences where a place was given, and with the suffix {@code -all} over every
 *     gold place (a missing place counting wrong); {@code found} (a place given where the gold has
 *     one) and {@code none-kept} (no place given where the gold has none)
 * @param perPrecision exact-place right and judged per gold precision (city, admin1, feature, country)
 * @param byMethod how the given places were chosen (sentence, dateline, place-target, actor-country …)
 * @param errors every sentence whose place is wrong, missing or unwanted
 */
public record GeoScores(Map<String, int[]> measures, Map<String, int[]> perPrecision, Map<String, Integer> byMethod, List<Error> errors) {

  /** A sentence placed wrongly: what the gold says and what Dyad gave. */
  public record Error(String id, String text, String expected, String produced) {}

  public double rate(String measure) {
    int[] c = measures.get(measure);
    return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  /** The report as text. */
  public String describe(String set, int sentences, double perSecond) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "== %s: %d sentences, places scored (geo); %.0f sentences/s%n", set, sentences, perSecond));
    s.append(String.format(Locale.ROOT, "%-16s %6s %6s %8s%n", "measure", "right", "of", "rate"));
    measures.forEach((k, c) -> s.append(String.format(Locale.ROOT, "%-16s %6d %6d %8.3f%n", k, c[0], c[1], c[1] == 0 ? 0.0 : (double) c[0] / c[1])));
    s.append(String.format(Locale.ROOT, "wrong place on sentences with none: %.3f%n", 1 - rate("none-kept")));
    s.append(String.format(Locale.ROOT, "%nexact place per gold precision (places given)%n"));
    perPrecision.forEach((k, c) -> s.append(String.format(Locale.ROOT, "  %-10s %5d of %5d %7.3f%n", k, c[0], c[1], c[1] == 0 ? 0.0 : (double) c[0] / c[1])));
    s.append(String.format(Locale.ROOT, "%nplaces given by method: %s%n", byMethod));
    s.append(String.format(Locale.ROOT, "%nwrong, missing or unwanted places (%d):%n", errors.size()));
    for (Error e : errors) {
      s.append(String.format(Locale.ROOT, "  %s: %s%n    expected: %s%n    produced: %s%n", e.id(), e.text(), e.expected(), e.produced()));
    }
    return s.toString();
  }
}
