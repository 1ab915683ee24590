package org.dyad.eval;

import java.time.LocalDate;

/**
 * An expected event of a gold set. A set states a CAMEO code, a PLOVER type, or both.
 *
 * @param source the source actor code ("RUSMIL"), or "---" when the set leaves it unknown
 * @param target the target actor code
 * @param code the CAMEO event code, or {@code null} when the set gives only a PLOVER type
 * @param plover the PLOVER event type, or {@code null} when the set gives only a CAMEO code
 * @param hedged whether the set marks it as hedged
 * @param modality "asserted", or how the sentence says the act did not (yet) happen: "negated",
 *     "hypothetical", "conditional", "intended", "future", "historical", "denied"
 * @param subEventType the ACLED-style sub-event type, or empty
 * @param fatalities killed, as the sentence states, or null
 * @param injured wounded, or null
 * @param arrested arrested or detained, or null
 * @param eventDate the day of the act, or null when the set does not give it
 */
public record GoldEvent(String source, String target, String code, String plover, boolean hedged, String modality,
    String subEventType, Integer fatalities, Integer injured, Integer arrested, LocalDate eventDate) {
  /** An asserted event: the sets without a modality field hold only those. */
  public GoldEvent(String source, String target, String code, String plover, boolean hedged) {
    this(source, target, code, plover, hedged, ASSERTED, "", null, null, null, null);
  }

  public static final String ASSERTED = "asserted";

  public boolean asserted() {
    return modality.equals(ASSERTED);
  }
}
