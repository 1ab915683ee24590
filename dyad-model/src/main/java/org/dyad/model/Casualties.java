package org.dyad.model;

/**
 * The human toll a sentence reports for an event: "killing four civilians" gives fatalities 4,
 * "over 50 were detained" arrested 50. A count is {@code null} when the sentence states none (vague
 * words such as "dozens" state none).
 *
 * @param fatalities people killed, or null
 * @param injured people wounded or injured, or null
 * @param arrested people arrested or detained, or null
 * @param words the words the counts came from ("killing four civilians"), empty when none
 */
public record Casualties(Integer fatalities, Integer injured, Integer arrested, String words) {
  /** No toll stated. */
  public static final Casualties NONE = new Casualties(null, null, null, "");

  public Casualties {
    if (words == null) {
      throw new NullPointerException("words");
    }
  }

  public boolean isEmpty() {
    return fatalities == null && injured == null && arrested == null;
  }
}
