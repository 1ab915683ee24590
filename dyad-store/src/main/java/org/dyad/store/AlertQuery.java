package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.store.exchange.Provenance;

/**
 * What an alert search asks (see {@link Alerts}): the day the recent window ends on, how many
 * weeks it spans, the z-score an alert needs, and whether a dyad is a pair of countries or of
 * actor codes with their sectors. The defaults are here, and only here, so that {@code dyad
 * alerts}, {@code /api/alerts} and the dashboard give the same alerts for the same store.
 *
 * <p>Design decision: the window ends on a day the caller names ({@code asOf}), not on the
 * store's latest date, so that one later article about an unrelated dyad cannot move every
 * dyad's window and wipe its alert; events dated after {@code asOf} are not read at all.
 *
 * @param asOf the last day of the window; the window is the {@code window} weeks (Monday to
 *     Sunday) ending with the week of this day
 * @param window recent weeks, 1 to {@value #MAX_WINDOW}
 * @param threshold the least z-score that alerts, positive
 * @param level how dyads are formed from actor codes
 * @param provenance only events of this provenance (coded by Dyad, or imported from one format),
 *     or {@code null} for all
 */
public record AlertQuery(LocalDate asOf, int window, double threshold, ActorLevel level, Provenance provenance) {
  /** Recent weeks compared with the earlier ones, unless asked otherwise. */
  public static final int DEFAULT_WINDOW = 2;
  /** The least z-score that alerts, unless asked otherwise. */
  public static final double DEFAULT_THRESHOLD = 3.0;
  /** The longest window, a year. */
  public static final int MAX_WINDOW = 52;

  /** A query of every provenance. */
  public AlertQuery(LocalDate asOf, int window, double threshold, ActorLevel level) {
    this(asOf, window, threshold, level, null);
  }

  public AlertQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(level, "level");
    if (window < 1 || window > MAX_WINDOW) {
      throw new IllegalArgumentException("window must be 1 to " + MAX_WINDOW + " weeks, was " + window);
    }
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("threshold must be a positive number, was " + threshold);
    }
  }

  /** The default window and threshold, country-level, as of a day. */
  public static AlertQuery asOf(LocalDate day) {
    return new AlertQuery(day, DEFAULT_WINDOW, DEFAULT_THRESHOLD, ActorLevel.COUNTRY);
  }
}
