package org.dyad.eval;

/**
 * An expected event of a gold set. A set states a CAMEO code, a PLOVER type, or both.
 *
 * @param source the source actor code ("RUSMIL"), or "---" when the set leaves it unknown
 * @param target the target actor code
 * @param code the CAMEO event code, or {@code null} when the set gives only a PLOVER type
 * @param plover the PLOVER event type, or {@code null} when the set gives only a CAMEO code
 * @param hedged whether the set marks it as hedged
 */
public record GoldEvent(String source, String target, String code, String plover, boolean hedged) {}
