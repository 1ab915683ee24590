package org.dyad.coder;

import static org.dyad.coder.CodingFixture.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * How reports present acts (issue 12, modality): acts on a condition, promised on one, on the calendar, and
 * denied as a claimed noun; through the real models. Each event reads "SOURCE CODE TARGET modality".
 */
class ModalityIT {
  private static final String SUNDAY = "2024-03-10";

  private static List<Event> events(String text) {
    return code(text, SUNDAY).events();
  }

  private static List<String> lines(String text) {
    return events(text).stream().map(ModalityIT::line).sorted().toList();
  }

  private static String line(Event e) {
    return e.source().actor().code() + " " + e.code().code() + " " + e.target().actor().code() + " "
        + e.modality().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void speculationOnACondition_isConditional_notHypothetical() {
    assertEquals(List.of("ETHMIL 192 SOM conditional"),
        lines("Ethiopian troops could enter Somalia's Gedo region if al-Shabaab attacks continue, diplomats said."));
  }

  @Test
  void speculationWithoutACondition_staysHypothetical() {
    assertEquals(List.of("RUSMIL 190 UKR hypothetical"), lines("Russian forces might attack Kharkiv again, analysts said."));
  }

  @Test
  void warningOfAnActOnACondition_isOneThreat_andTheActConditional() {
    // the warning's bare 130 gives way to the threat its clause makes (138)
    List<String> events = lines("Iran's army warned it would strike American bases in the Gulf if the United States bombed Iranian territory.");
    assertEquals(List.of("IRNMIL 138 USA asserted", "IRNMIL 190 USA conditional", "USA 195 IRN conditional"), events);
  }

  @Test
  void actorsOwnWarning_commitsAMightOnACondition() {
    assertEquals(List.of("BRALAB 133 BRA asserted", "BRALAB 144 BRA conditional"),
        lines("Brazilian truckers might block highways again next month if diesel prices keep rising, their union warned."));
  }

  @Test
  void inCaseOf_isACondition() {
    assertEquals(List.of("LBNREB 138 ISR asserted", "LBNREB 190 ISR conditional"),
        lines("Hezbollah said it would retaliate against Israel in case of an attack on Beirut."));
  }

  @Test
  void threatenedToActIf_leavesTheActConditional_notIntended() {
    List<String> events = lines("Kenyan doctors threatened to go on strike if the government did not pay their salary arrears.");
    assertEquals(1, events.stream().filter(e -> e.contains(" 143 ") && e.endsWith(" conditional")).count(), events::toString);
    assertEquals(0, events.stream().filter(e -> e.endsWith(" intended")).count(), events::toString);
  }

  @Test
  void dueTo_announcesAMeeting_datedForward() {
    List<Event> events = events("Kenya's foreign minister is due to meet his Somali counterpart in Nairobi on Friday.");
    assertEquals(List.of("KENGOV 036 SOMGOV asserted", "KENGOV 040 SOMGOV future"), events.stream().map(ModalityIT::line).sorted().toList());
    Event meeting = events.stream().filter(e -> e.code().code().equals("040")).findFirst().orElseThrow();
    assertEquals(LocalDate.parse("2024-03-15"), meeting.time().date());
  }

  @Test
  void rejectedClaimsThatItShelled_isADenial_andTheShellingDenied() {
    assertEquals(List.of("RWA 016 COD asserted", "RWAMIL 194 COD denied"), lines("Rwanda rejected claims by Congo that its troops had shelled Goma."));
  }

  @Test
  void announcedBoycott_isAThreatOfDissent_andTheBoycottFuture() {
    assertEquals(List.of("TGOOPP 133 TGO asserted", "TGOOPP 143 TGO future"),
        lines("Opposition parties in Togo will boycott the parliamentary elections, their leaders said."));
  }

  @Test
  void whetherAnActWillHappen_isAQuestion_soHypothetical() {
    assertEquals(List.of("SRBGOV 1722 SRBOPP hypothetical"), lines("Whether Serbia's government will ban the main opposition party remains unclear."));
  }

  @Test
  void anotherActorsEventNoun_underANegatedVerb_isDone() {
    assertEquals(List.of("USA 195 YEM asserted"), lines("Britain has not joined America's air strikes on Yemen, the defence ministry said."));
  }

  @Test
  void anActNotLaunched_staysNegated() {
    assertEquals(List.of("RUS 190 UKR negated"), lines("Russia has not launched its expected offensive on Zaporizhzhia."));
  }

  @Test
  void aHeadlinesTo_isItsWill_theIntentAssertedAndTheActFuture() {
    assertEquals(List.of("EGY 036 PSE asserted", "EGY 043 PSE future"), lines("Egypt to host Gaza ceasefire talks"));
    assertEquals(List.of("USA 0332 POL asserted", "USA 072 POL future"), lines("US to send more troops to Poland"));
  }
}
