package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one gold set.
 *
 * @param set the gold file
 * @param granularity how actor codes were compared
 * @param act what the event keys compare: "root" (CAMEO root code) or "plover" (PLOVER type)
 * @param sentences records scored
 * @param skipped records not scored, with why
 * @param metrics counts per match key: event (source, target, act), act, code, dyad, plover
 * @param exactRecords records whose events equal the expected ones exactly (event key)
 * @param perAct counts per root code or PLOVER type (event key)
 * @param perTag counts per record tag or category (event key)
 * @param confusion "expected → produced" act pairs of mismatched events with their counts
 * @param misses why expected events were missed: no lexicon trigger, trigger without the right actors, code outside CAMEO
 * @param countries per source of an actor's country ({@code written}, {@code place-in-phrase} …, and
 *     {@code all}): tp = right country, fp = wrong country, fn = not judged (no expected event of
 *     the same root)
 * @param modalities per modality other than asserted: expected events of that modality against coded ones (event key)
 * @param modes per ACLED-style sub-event type, record by record: expected types against coded types
 * @param details casualty counts and event dates of the events coded right: tp the same figure or
 *     day, fp another (or one the record does not state), fn none where the record states one
 * @param worst every record with an error, worst first (the text report shows the first twelve); none
 *     for a held-out set (a file named {@code *heldout*}), whose records are never shown beside the coder's output
 * @param sentencesPerSecond coding throughput on this set (single thread, models warm)
 * @param geo the place scores of a geo gold set ({@link GeoScorer}), or {@code null} for event sets
 */
public record EvalReport(
    String set,
    String granularity,
    String act,
    int sentences,
    List<String> skipped,
    Map<String, Counts> metrics,
    int exactRecords,
    Map<String, Counts> perAct,
    Map<String, Counts> perTag,
    Map<String, Integer> confusion,
    Map<String, Integer> misses,
    Map<String, Counts> countries,
    Map<String, Counts> modalities,
    Map<String, Counts> modes,
    Map<String, Counts> details,
    List<Example> worst,
    double sentencesPerSecond,
    GeoScores geo) {

  public EvalReport {
    worst = isHeldOut(set) ? List.of() : List.copyOf(worst);
  }

  /** Whether a gold set is held out: only its scores may be read, never its records against the output. */
  public static boolean isHeldOut(String set) {
    return set.contains("heldout");
  }

  /** The report of an event gold set. */
  public EvalReport(String set, String granularity, String act, int sentences, List<String> skipped, Map<String, Counts> metrics,
      int exactRecords, Map<String, Counts> perAct, Map<String, Counts> perTag, Map<String, Integer> confusion,
      Map<String, Integer> misses, Map<String, Counts> countries, Map<String, Counts> modalities, Map<String, Counts> modes,
      Map<String, Counts> details, List<Example> worst, double sentencesPerSecond) {
    this(set, granularity, act, sentences, skipped, metrics, exactRecords, perAct, perTag, confusion, misses, countries, modalities,
        modes, details, worst, sentencesPerSecond, null);
  }

  /** A badly coded record: what was expected and what came out. */
  public record Example(String id, String text, List<String> expected, List<String> produced) {}

  /** The report as text for a terminal. */
  public String describe() {
    if (geo != null) {
      return geo.describe(set, sentences, sentencesPerSecond);
    }
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "== %s: %d records scored (%d skipped), actors compared at %s level, events keyed on %s%n",
        set, sentences, skipped.size(), granularity, act));
    s.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %7s %7s %7s%n", "match", "tp", "fp", "fn", "P", "R", "F1"));
    metrics.forEach((k, c) -> s.append(row(k, c)));
    s.append(String.format(Locale.ROOT, "exact records: %d of %d (%.1f%%); %.0f sentences/s%n",
        exactRecords, sentences, sentences == 0 ? 0 : 100.0 * exactRecords / sentences, sentencesPerSecond));
    s.append(String.format(Locale.ROOT, "%nper %s (event match; support = expected events)%n", act));
    s.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s %7s%n", act, "support", "P", "R", "F1"));
    perAct.forEach((k, c) -> s.append(String.format(Locale.ROOT, "%-12s %7d %7.3f %7.3f %7.3f%n", k, c.tp() + c.fn(), c.precision(), c.recall(), c.f1())));
    if (perTag.size() > 1) {
      s.append(String.format(Locale.ROOT, "%nper tag%n"));
      perTag.forEach((k, c) -> s.append(row(k, c)));
    }
    s.append(String.format(Locale.ROOT, "%nactor countries by source (right, wrong, not judged; precision):%n"));
    countries.forEach((k, c) -> s.append(String.format(Locale.ROOT, "  %-16s %5d %5d %5d %7.3f%n", k, c.tp(), c.fp(), c.fn(),
        c.tp() + c.fp() == 0 ? 0.0 : (double) c.tp() / (c.tp() + c.fp()))));
    if (!modalities.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nper modality (events not asserted; event match)%n"));
      modalities.forEach((k, c) -> s.append(row(k, c)));
    }
    if (modes.values().stream().anyMatch(c -> c.tp() + c.fn() > 0)) {
      s.append(String.format(Locale.ROOT, "%nper sub-event type (record by record); weighted F1 %.3f%n", weightedF1(modes)));
      modes.forEach((k, c) -> s.append(row(k.length() > 14 ? k.substring(0, 14) : k, c)));
    }
    if (!details.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%ncasualties and event dates of events coded right (right, wrong, missing; accuracy)%n"));
      details.forEach((k, c) -> s.append(String.format(Locale.ROOT, "  %-16s %5d %5d %5d %7.3f%n", k, c.tp(), c.fp(), c.fn(),
          c.tp() + c.fp() + c.fn() == 0 ? 0.0 : (double) c.tp() / (c.tp() + Math.max(c.fp(), c.fn())))));
    }
    s.append(String.format(Locale.ROOT, "%nmissed events by cause: %s%n", misses));
    s.append(String.format(Locale.ROOT, "confusion (expected → produced, same dyad or none), most frequent:%n"));
    confusion.entrySet().stream().limit(15).forEach(e -> s.append(String.format(Locale.ROOT, "  %-24s %d%n", e.getKey(), e.getValue())));
    s.append(String.format(Locale.ROOT, isHeldOut(set) ? "%nworst-coded records: none shown, the set is held out%n" : "%nworst-coded records:%n"));
    for (Example x : worst.subList(0, Math.min(12, worst.size()))) {
      s.append(String.format(Locale.ROOT, "  %s: %s%n    expected: %s%n    produced: %s%n", x.id(), x.text(), x.expected(), x.produced()));
    }
    return s.toString();
  }

  /** F1 per type, weighted by the type's expected count. */
  public static double weightedF1(Map<String, Counts> perType) {
    double support = 0;
    double sum = 0;
    for (Counts c : perType.values()) {
      int n = c.tp() + c.fn();
      support += n;
      sum += n * c.f1();
    }
    return support == 0 ? 0 : sum / support;
  }

  private static String row(String key, Counts c) {
    return String.format(Locale.ROOT, "%-14s %6d %6d %6d %7.3f %7.3f %7.3f%n", key, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
  }
}
