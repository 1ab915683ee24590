package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The escalation statistic on weekly series given as sums. */
class AlertsTest {
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 6);
  private static final LocalDate WINDOW = FIRST.plusWeeks(8);
  private static final AlertQuery QUERY = new AlertQuery(WINDOW.plusDays(13), 2, 3.0, ActorLevel.COUNTRY);

  /** Baseline weeks 0, 2, 4, 6, 0, 2, 4, 6 (mean 3, sample variance 40/7), window of two weeks. */
  private static Alerts.Series series(double recentSum, long recentEvents) {
    return new Alerts.Series("RUS", "UKR", FIRST, 24, 112, recentSum, recentEvents);
  }

  @Test
  void judge_usesTheSampleDeviationOfTheBaselineWeeks() {
    Alert a = Alerts.judge(series(40, 4), WINDOW, QUERY).orElseThrow();
    assertEquals(20.0, a.recentMean(), 1e-9);
    assertEquals(3.0, a.baselineMean(), 1e-9);
    assertEquals(Math.sqrt(40.0 / 7), a.baselineSd(), 1e-9);
    assertEquals((20.0 - 3.0) / Math.sqrt(40.0 / 7), a.z(), 1e-9);
    assertEquals(WINDOW, a.since());
  }

  @Test
  void judge_quietBaseline_floorsTheDeviationAtOne() {
    Alert a = Alerts.judge(new Alerts.Series("A", "B", FIRST, 0, 0, 30, 3), WINDOW, QUERY).orElseThrow();
    assertEquals(1.0, a.baselineSd());
    assertEquals(15.0, a.z(), 1e-9);
  }

  @Test
  void judge_belowThreshold_tooFewEvents_orTooShortABaseline_isNoAlert() {
    assertEquals(Optional.empty(), Alerts.judge(series(10, 4), WINDOW, QUERY));
    assertEquals(Optional.empty(), Alerts.judge(series(40, 2), WINDOW, QUERY));
    Alerts.Series young = new Alerts.Series("A", "B", WINDOW.minusWeeks(3), 0, 0, 40, 5);
    assertEquals(Optional.empty(), Alerts.judge(young, WINDOW, QUERY));
    assertTrue(Alerts.judge(new Alerts.Series("A", "B", WINDOW.minusWeeks(4), 0, 0, 40, 5), WINDOW, QUERY).isPresent());
  }
}
