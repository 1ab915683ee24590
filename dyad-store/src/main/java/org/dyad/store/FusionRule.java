package org.dyad.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.dyad.model.Event;
import org.dyad.model.Location;

/**
 * The rule {@value #NAME}: whether a new report repeats a stored event. Outlets date one clash on
 * the day it happened or the day after, and name it with more or less detail, so two reports from
 * different articles are of one event when they have
 *
 * <ul>
 *   <li>the same source and the same target actor codes, in full (country and sectors),
 *   <li>the same CAMEO root, and
 *   <li>days at most {@value #WINDOW_DAYS} apart;
 * </ul>
 *
 * <p>unless both are placed at city precision in different places (a Kharkiv strike is not a
 * Pokrovsk strike), or both codes say more than their root and disagree (193 and 194 are two acts;
 * 190, "not specified", and a code below a code, 021 and 0211, are compatible). Which articles are
 * compared is {@link ReportFusion}'s business (and the Spark job's, which applies it alike) (it compares asserted reports only, by the date of
 * the act); this is the rule alone.
 *
 * <p>Where the rule decides on detail that differs or is missing it is unsure ({@link #judge}:
 * {@link Verdict#BORDERLINE}); with a {@link ReportMeaning} the store lets the reports' sentences
 * decide those cases.
 */
public final class FusionRule {
  /** Recorded in {@code events.fused_by} for reports this rule fused. */
  public static final String NAME = "dyad-root-date";
  /** Days two reports of one event may lie apart. */
  public static final int WINDOW_DAYS = 1;

  private FusionRule() {}

  /** What the rule compares of a report; {@code key} is its event key (its own id when primary). */
  public record Report(String key, LocalDate day, String source, String target, String root, String cameo, Long geonameId,
      String precision) {

    /** The report an event makes; its day is the date of the act, or the article's when the act has none of its own. */
    public static Report of(String key, Event e, LocalDate published) {
      Location l = e.location();
      return new Report(key, EventColumns.eventDate(e, published), e.source().actor().code(), e.target().actor().code(),
          e.code().root(), e.code().code(), l == null ? null : l.geonameId(),
          l == null ? null : l.precision().name().toLowerCase(Locale.ROOT));
    }
  }

  /** Whether {@code report} is one more report of the event whose primary report is {@code stored}. */
  public static boolean fuses(Report stored, Report report) {
    return sameDyadRootAndDays(stored, report) && !differentCities(stored, report) && !conflictingCodes(stored, report);
  }

  /** How sure the rule is of two reports. */
  public enum Verdict {
    /** One event: same dyad, root and days, and their codes and places agree as far as both give them. */
    SAME,
    /**
     * Same dyad, root and days, but the rule decides on detail that differs or is missing: both
     * codes specific and different (193 and 194: the rule keeps them apart), or only one report
     * specific in its code (190 and 194) or placed in a city (Kharkiv and no place, or Ukraine:
     * the rule fuses them).
     */
    BORDERLINE,
    /** Two events: another dyad, root or days, or two different cities. */
    APART
  }

  /** The rule's verdict on {@code report} against the stored primary report {@code stored}. */
  public static Verdict judge(Report stored, Report report) {
    if (!sameDyadRootAndDays(stored, report) || differentCities(stored, report)) {
      return Verdict.APART;
    }
    boolean onlyOneSpecific = specific(stored) != specific(report);
    boolean onlyOneInACity = "city".equals(stored.precision()) != "city".equals(report.precision());
    return conflictingCodes(stored, report) || onlyOneSpecific || onlyOneInACity ? Verdict.BORDERLINE : Verdict.SAME;
  }

  /** The earlier report a new one repeats ({@code key}) and the rule that said so ({@code rule}: the {@code fused_by}). */
  public record Earlier(String key, String rule) {}

  /**
   * The earlier report a new one repeats, or {@code null}: by this rule alone when {@code meaning}
   * is {@code null}; else the rule's sure candidates first, then the borderline candidate whose
   * sentence ({@code sentences} by key) is most alike in meaning, when at least its threshold. The
   * meaning is asked for only when a borderline candidate is met (it may load a model). Ingest and
   * the Spark job decide through this one method.
   */
  public static Earlier earlier(Report report, String sentence, List<Report> candidates, Map<String, String> sentences,
      Supplier<ReportMeaning> meaning) {
    if (meaning == null) {
      return closest(report, candidates.stream().filter(c -> fuses(c, report)).toList(), NAME);
    }
    Earlier sure = closest(report, candidates.stream().filter(c -> judge(c, report) == Verdict.SAME).toList(), NAME);
    if (sure != null || sentence == null) {
      return sure;
    }
    List<Report> borderline = candidates.stream()
        .filter(c -> judge(c, report) == Verdict.BORDERLINE && sentences.containsKey(c.key()))
        .sorted(Comparator.comparing(Report::key)).toList();
    if (borderline.isEmpty()) {
      return null;
    }
    ReportMeaning alike = meaning.get();
    double[] similarity = alike.similarities(sentence, borderline.stream().map(c -> sentences.get(c.key())).toList());
    int best = -1;
    for (int j = 0; j < similarity.length; j++) {
      if (similarity[j] >= alike.threshold() && (best < 0 || similarity[j] > similarity[best])) {
        best = j;
      }
    }
    return best < 0 ? null : new Earlier(borderline.get(best).key(), ReportMeaning.NAME);
  }

  /** The candidate nearest in days (then of the smallest key), with the rule that fused it; {@code null} when none. */
  private static Earlier closest(Report report, List<Report> fusing, String rule) {
    return fusing.stream()
        .min(Comparator.comparingLong((Report c) -> Math.abs(c.day().toEpochDay() - report.day().toEpochDay()))
            .thenComparing(Report::key))
        .map(c -> new Earlier(c.key(), rule)).orElse(null);
  }

  private static boolean sameDyadRootAndDays(Report stored, Report report) {
    return stored.day() != null && report.day() != null
        && Math.abs(stored.day().toEpochDay() - report.day().toEpochDay()) <= WINDOW_DAYS
        && stored.source().equals(report.source()) && stored.target().equals(report.target())
        && stored.root().equals(report.root());
  }

  private static boolean differentCities(Report a, Report b) {
    return "city".equals(a.precision()) && "city".equals(b.precision()) && !java.util.Objects.equals(a.geonameId(), b.geonameId());
  }

  private static boolean conflictingCodes(Report a, Report b) {
    return specific(a) && specific(b) && !a.cameo().startsWith(b.cameo()) && !b.cameo().startsWith(a.cameo());
  }

  /** Whether a code says more than its root ("19" and "190" do not; "193" does). */
  private static boolean specific(Report r) {
    return !r.cameo().equals(r.root()) && !r.cameo().equals(r.root() + "0");
  }
}
