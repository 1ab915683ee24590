package org.dyad.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.dyad.model.ConflictType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictTypesTest {
  private static final ConflictTypes TABLE = ConflictTypes.load();

  /** ACLED's event types and their sub-event types (codebook 2023, ../shared/data/formats/SCHEMAS.md). */
  private static final Map<String, Set<String>> ACLED = Map.of(
      "Battles", Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
      "Explosions/Remote violence", Set.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
          "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
      "Violence against civilians", Set.of("Sexual violence", "Attack", "Abduction/forced disappearance"),
      "Protests", Set.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
      "Riots", Set.of("Violent demonstration", "Mob violence"),
      "Strategic developments", Set.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
          "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"));

  @Test
  void everyTypeTheTableGives_isAnAcledTypeUnderItsEventType() {
    for (ConflictType t : TABLE.types()) {
      assertTrue(ACLED.getOrDefault(t.eventType(), Set.of()).contains(t.subEventType()), t.toString());
    }
    assertEquals(25, TABLE.types().size(), "every one of ACLED's 25 sub-event types can be given");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "195|MIL|CVL|true|drone strike|Air/drone strike",
      "195|MIL||true|missile fired|Shelling/artillery/missile attack",
      "194|MIL||true|shelled|Shelling/artillery/missile attack",
      "190|MIL|REB|false|clashed|Armed clash",
      "190|UAF|CVL|false|attacked|Attack",
      "1831|UAF|CVL|false|blew|Suicide bomb",
      "190|UAF|CVL|false|grenade thrown|Grenade",
      "173|COP|CVL|false|arrested|Arrests",
      "175|COP|CVL|false|fired tear gas|Protest with intervention",
      "175|COP|CVL|false|killed two|Excessive force against protesters",
      "141|CVL||false|protested|Peaceful protest",
      "141|EDU||false|police fired tear gas at students protesting|Protest with intervention",
      "145|CVL||false|rioted|Violent demonstration",
      "192|REB||false|captured|Non-state actor overtakes territory",
      "192|MIL||false|retook|Government regains territory",
      "0871|GOV|REB|false|ceasefire|Agreement",
      "042|GOV|GOV|true|visited|",
      "190|MIL||true|shot down drones|Disrupted weapons use",
      "190|MIL||true|shot down|Armed clash"})
  void classifies(String code, String source, String target, boolean foreign, String words, String expected) {
    // the trigger is "shoot down" when the words say "shot down drones", to test the trigger condition apart from the words
    ConflictType t = TABLE.classify(new ConflictTypes.Facts(code, source, target == null ? "" : target, foreign,
        Set.of(words.split(" ")), words.endsWith("drones") ? "shoot down" : ""));
    assertEquals(expected == null ? "" : expected, t.subEventType(), code + " " + words);
  }
}
