package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The fusion rule alone, on the codes below three digits and on reports without a day, and its verdicts. */
class FusionRuleTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  private static FusionRule.Report report(String cameo, LocalDate day) {
    return new FusionRule.Report("k", day, "RUSMIL", "UKR", cameo.substring(0, 2), cameo, null, null);
  }

  @Test
  void aCodeAndOneBelowIt_fuse_twoSiblingsBelowTheRoot_doNot() {
    assertTrue(FusionRule.fuses(report("021", DAY), report("0211", DAY)));
    assertTrue(FusionRule.fuses(report("020", DAY), report("0214", DAY)));
    assertFalse(FusionRule.fuses(report("0211", DAY), report("0212", DAY)));
    assertFalse(FusionRule.fuses(report("021", DAY), report("022", DAY)));
  }

  @Test
  void aReportWithoutADay_neverFuses() {
    assertFalse(FusionRule.fuses(report("190", DAY), report("190", null)));
  }

  private static FusionRule.Report placed(String cameo, long geonameId, String precision) {
    return new FusionRule.Report("k", DAY, "RUSMIL", "UKR", cameo.substring(0, 2), cameo, geonameId, precision);
  }

  @Test
  void judge_agreeingDetail_isSame_differingOrMissingDetail_isBorderline_otherRootOrCity_isApart() {
    assertEquals(FusionRule.Verdict.SAME, FusionRule.judge(report("190", DAY), report("190", DAY.plusDays(1))));
    assertEquals(FusionRule.Verdict.SAME, FusionRule.judge(report("021", DAY), report("0211", DAY)));
    assertEquals(FusionRule.Verdict.SAME, FusionRule.judge(placed("194", 706483, "city"), placed("194", 706483, "city")));
    assertEquals(FusionRule.Verdict.BORDERLINE, FusionRule.judge(report("193", DAY), report("194", DAY)));
    assertEquals(FusionRule.Verdict.BORDERLINE, FusionRule.judge(report("190", DAY), report("194", DAY)));
    assertEquals(FusionRule.Verdict.BORDERLINE, FusionRule.judge(placed("194", 706483, "city"), report("194", DAY)));
    assertEquals(FusionRule.Verdict.BORDERLINE, FusionRule.judge(placed("194", 706483, "city"), placed("194", -804, "country")));
    assertEquals(FusionRule.Verdict.APART, FusionRule.judge(placed("194", 706483, "city"), placed("194", 708546, "city")));
    assertEquals(FusionRule.Verdict.APART, FusionRule.judge(report("190", DAY), report("180", DAY)));
    assertEquals(FusionRule.Verdict.APART, FusionRule.judge(report("190", DAY), report("190", DAY.plusDays(2))));
  }
}
