package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
  private static GoldEvent event(String source, String target, String code) {
    return new GoldEvent(source, target, code, "", false);
  }

  @Test
  void aSayingBesideTheActItCondemns_isPlacedByTheAct() {
    // "Speaking in Brussels, the Ukrainian foreign minister condemned Russia's missile strike on Odesa": the gold place is Odesa
    List<GoldEvent> events = List.of(event("UKRGOV", "RUS", "111"), event("RUS", "UKR", "195"));
    assertEquals(List.of(event("RUS", "UKR", "195")), GeoScorer.placedEvents(events));
  }

  @Test
  void sayingsAloneOrActsAlone_areAllMatched() {
    List<GoldEvent> sayings = List.of(event("UKRGOV", "RUS", "112"), event("RUS", "UKRGOV", "016"));
    assertEquals(sayings, GeoScorer.placedEvents(sayings));
    List<GoldEvent> acts = List.of(event("SDNMIL", "SDNREB", "190"), event("SDNREB", "SDNMIL", "190"), event("CHNGOV", "RUS", "042"));
    assertEquals(List.of(acts.get(0), acts.get(1)), GeoScorer.placedEvents(acts));
  }
}
