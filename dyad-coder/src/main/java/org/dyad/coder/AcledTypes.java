package org.dyad.coder;

import java.util.Map;

/** ACLED's event type of each of its sub-event types (codebook 2023). */
final class AcledTypes {
  private AcledTypes() {}

  private static final Map<String, String> EVENT_TYPE = Map.ofEntries(
      Map.entry("Armed clash", "Battles"), Map.entry("Government regains territory", "Battles"),
      Map.entry("Non-state actor overtakes territory", "Battles"),
      Map.entry("Chemical weapon", "Explosions/Remote violence"), Map.entry("Air/drone strike", "Explosions/Remote violence"),
      Map.entry("Suicide bomb", "Explosions/Remote violence"),
      Map.entry("Shelling/artillery/missile attack", "Explosions/Remote violence"),
      Map.entry("Remote explosive/landmine/IED", "Explosions/Remote violence"), Map.entry("Grenade", "Explosions/Remote violence"),
      Map.entry("Sexual violence", "Violence against civilians"), Map.entry("Attack", "Violence against civilians"),
      Map.entry("Abduction/forced disappearance", "Violence against civilians"),
      Map.entry("Peaceful protest", "Protests"), Map.entry("Protest with intervention", "Protests"),
      Map.entry("Excessive force against protesters", "Protests"),
      Map.entry("Violent demonstration", "Riots"), Map.entry("Mob violence", "Riots"),
      Map.entry("Agreement", "Strategic developments"), Map.entry("Arrests", "Strategic developments"),
      Map.entry("Change to group/activity", "Strategic developments"), Map.entry("Disrupted weapons use", "Strategic developments"),
      Map.entry("Headquarters or base established", "Strategic developments"),
      Map.entry("Looting/property destruction", "Strategic developments"),
      Map.entry("Non-violent transfer of territory", "Strategic developments"), Map.entry("Other", "Strategic developments"));

  /** The event type of a sub-event type, or empty when it is none of ACLED's. */
  static String eventTypeOf(String subEventType) {
    return EVENT_TYPE.getOrDefault(subEventType, "");
  }
}
