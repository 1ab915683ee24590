package org.dyad.coder;

import static org.dyad.coder.CodingFixture.code;
import static org.dyad.coder.CodingFixture.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Each coding rule on sentences of our own, through the real CoreNLP models and built-in dictionaries. */
class ArticleCoderIT {
  private static final String DATE = "2024-11-18";

  @Test
  void activeVerb_subjectActsOnObject() {
    assertEquals(List.of("RUSMIL 190 UKRMIL"), codes("Russian troops attacked Ukrainian soldiers near the border.", DATE));
  }

  @Test
  void passiveVerb_byPhraseIsSource() {
    assertEquals(List.of("RUSMIL 190 UKRMIL"), codes("Ukrainian soldiers were attacked by Russian troops on Monday.", DATE));
  }

  @Test
  void compoundTarget_givesOneEventPerActor() {
    assertEquals(List.of("TUR 026 UKR", "TUR 026 RUS"), codes("Turkey urged Ukraine and Russia to resume talks.", DATE));
  }

  @Test
  void titleAndName_resolveToDatedRole() {
    assertEquals(List.of("RUSGOV 111 IGOWSTNAT"), codes("Russian President Vladimir Putin criticized NATO on Tuesday.", DATE));
  }

  @Test
  void datedRoles_followTheArticleDate() {
    assertEquals(List.of("USAELI 111 CHN"), codes("Donald Trump criticized China.", "2024-12-01"));
    assertEquals(List.of("USAGOV 111 CHN"), codes("Donald Trump criticized China.", "2025-03-01"));
    assertEquals(List.of("USA 111 CHN"), codes("Donald Trump criticized China.", null));
  }

  @Test
  void possessiveNominal_ownerIsSourceAndModifierSetsMode() {
    List<Event> events = code("Russia's missile strikes on Ukraine destroyed power plants.", DATE).events();
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals("RUS", e.source().actor().code());
    assertEquals("UKR", e.target().actor().code());
    assertEquals("195", e.code().code());
    assertEquals("aerial", e.code().ploverMode());
  }

  @Test
  void reportedSpeech_codesTheWarningWithTargetFromTheClause() {
    assertEquals(List.of("RUSGOV 130 IGOWSTNAT"), codes("Putin warned that NATO would face serious consequences.", DATE));
  }

  @Test
  void negation_codesNothing() {
    assertEquals(List.of(), codes("Russia did not attack Ukraine.", DATE));
    assertEquals(List.of(), codes("Putin has yet to respond to Biden's decision.", DATE));
    assertEquals(List.of("RUSGOV 010 USAGOV"), codes("Putin responded to Biden's decision.", DATE));
  }

  @Test
  void hypotheticalAndConditional_codeNothing() {
    assertEquals(List.of(), codes("Russia would attack Ukraine.", DATE));
    assertEquals(List.of(), codes("If Russia attacks Ukraine, the sanctions will stay.", DATE));
  }

  @Test
  void intent_codesTheIntentCode() {
    assertEquals(List.of("CHN 039 RUS", "CHN 039 UKR"), codes("China offered to mediate between Russia and Ukraine.", DATE));
  }

  @Test
  void infinitiveWithoutIntent_codesNothing() {
    assertEquals(List.of(), codes("The deal allows Ukraine to attack Russia.", DATE));
  }

  @Test
  void hedgeAndAttribution_areKept() {
    Event e = code("According to Ukrainian officials, Russian troops reportedly shelled Ukrainian villages.", DATE).events().get(0);
    assertEquals("RUSMIL 194 UKR", e.source().actor().code() + " " + e.code().code() + " " + e.target().actor().code());
    assertTrue(e.hedged());
    assertEquals("Ukrainian officials", e.attribution());
  }

  @Test
  void unhedgedReport_isNotHedged() {
    Event e = code("Russian troops shelled Ukrainian villages.", DATE).events().get(0);
    assertFalse(e.hedged());
    assertEquals("", e.attribution());
  }

  @Test
  void everyEvent_carriesRuleSpanAndSentence() {
    String text = "Quiet day.\nRussian troops attacked Ukrainian soldiers.";
    Event e = code(text, DATE).events().get(0);
    assertEquals(1, e.sentenceIndex());
    assertEquals("Russian troops attacked Ukrainian soldiers.", e.sentenceText());
    assertEquals("Russian troops attacked Ukrainian soldiers", e.span().of(text));
    assertEquals("attacked", e.evidence().trigger());
    assertTrue(e.evidence().entry().startsWith("dict/verbs.tsv:"), e.evidence().entry());
    assertEquals("verb source.subject target.object", e.evidence().rule());
  }

  @Test
  void nominalWithByPhrase_byIsSourceOnIsTarget() {
    assertEquals(List.of("RUSMIL 190 UKR"), codes("The assault on Ukrainian positions by Russian troops lasted three days.", DATE));
  }

  @Test
  void compoundSubjectOfJointAct_isCodedBothWays() {
    assertEquals(List.of("IRN 057 RUS", "RUS 057 IRN"), codes("Iran and Russia signed a defence agreement in Moscow.", DATE));
  }

  @Test
  void armedGroup_resolvesToCountryAndSector() {
    assertEquals(List.of("ISRMIL 195 PSEREB"), codes("Israeli warplanes struck Hamas targets in Gaza overnight.", DATE));
  }

  @Test
  void objectNamedByTheEntry_isWhatIsGivenNotTheTarget() {
    assertEquals(List.of("USA 072 UKR"), codes("The United States sent missiles to Ukraine.", DATE));
  }

  @Test
  void sectorNounInAPlace_takesItsCountryNotItsGovernment() {
    assertEquals(List.of("GEOCVL 111 GEOGOV"), codes("Protesters in Tbilisi denounced the Georgian government.", DATE));
  }

  @Test
  void counterpart_isAGovernmentRole() {
    assertEquals(List.of("CHNGOV 040 INDGOV"), codes("Chinese Foreign Minister Wang Yi met his Indian counterpart in Beijing.", DATE));
  }

  @Test
  void discardPhrase_skipsTheWholeArticle() {
    assertEquals(List.of(), codes("Russia attacked Ukraine early in the World Cup qualifier.\nRussian troops attacked Ukrainian soldiers.", DATE));
  }

  @Test
  void issueKeywords_tagTheEvent() {
    Event e = code("Russian troops attacked Ukrainian soldiers near the nuclear plant.", DATE).events().get(0);
    assertEquals(List.of("NUCLEAR"), e.issues());
  }

  @Test
  void coordinatedCountryModifiers_giveOneActorEachAndJointActsGoBothWays() {
    assertEquals(List.of("ARMGOV 046 AZEGOV", "AZEGOV 046 ARMGOV"), codes("Armenian and Azerbaijani negotiators held talks on Monday.", DATE));
  }

  @Test
  void lightVerb_subjectIsTheSourceOfTheNominalEvent() {
    assertEquals(List.of("ISR 190 LBNREB"), codes("Israel launched a wave of strikes against Hezbollah targets in Lebanon.", DATE));
  }

  @Test
  void movedObject_takesItsTargetFromAFromPhrase() {
    assertEquals(List.of("FRA 161 DZA"), codes("France recalled its ambassador from Algeria.", DATE));
  }

  @Test
  void exchange_isReciprocal() {
    assertEquals(List.of("RUS 0841 UKR", "UKR 0841 RUS"), codes("Russia and Ukraine swapped prisoners on Friday.", DATE));
  }

  @Test
  void reportingSpeaker_isNotTheTarget() {
    assertEquals(List.of("JOR 062 GBR", "GBR 062 JOR"),
        codes("Jordan and Britain held joint military exercises this month, a Jordanian official confirmed.", DATE));
  }

  @Test
  void partiesInsideANonActorObject_areTheTargets() {
    assertEquals(List.of("QAT 045 ISR", "QAT 045 PSEREB", "EGY 045 ISR", "EGY 045 PSEREB"),
        codes("Qatar and Egypt mediated talks between Israel and Hamas on Thursday.", DATE));
  }

  @Test
  void mightIsSpeculation_mayHaveIsAHedgedReport() {
    assertEquals(List.of(), codes("Iran might retaliate against US forces in Iraq.", DATE));
    Event e = code("Russian troops may have shelled Ukrainian villages.", DATE).events().get(0);
    assertEquals("194", e.code().code());
    assertTrue(e.hedged());
  }

  @Test
  void sectorNounAfterCoordinatedNationalities_belongsToEach() {
    assertEquals(List.of("THAMIL 190 KHMMIL", "KHMMIL 190 THAMIL"),
        codes("Thai and Cambodian troops clashed at several points along their disputed border on Thursday.", DATE));
  }

  @Test
  void borderWith_namesTheTargetOfAForcePosture() {
    assertEquals(List.of("RUS 154 FIN"), codes("Russia deployed additional troops and equipment near its border with Finland this spring.", DATE));
  }
}
