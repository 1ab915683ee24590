package org.dyad.model;

import java.util.Locale;

/**
 * Where an actor's country came from. Most actors carry it in their own words ("Kenyan police",
 * "Russia"); an unnamed one ("police", "two people") takes it from the context, and the event says
 * which context, so that a user can keep only written countries, or measure each inference.
 */
public enum CountrySource {
  /** The actor's own words name the country or organization ("Kenyan police", "NATO"). */
  WRITTEN,
  /** A place in the actor's phrase: "police in Nairobi" → KENCOP. */
  PLACE_IN_PHRASE,
  /** The actor is a place acted upon, coded as its country: "shelled Kharkiv" → UKR. */
  PLACE_TARGET,
  /** The place where the event happened, named in the event's clause: "arrested 20 people in Lagos". */
  EVENT_PLACE,
  /** The one country of the places the sentence names elsewhere: "residents blocked the highway in Kisii to protest …". */
  SENTENCE_PLACE,
  /** The other actor of a domestic act: "Kenyan police arrested 20 people" → the people are KENCVL. */
  OTHER_ACTOR,
  /** The actor a short reference points back to: "the ministry" after "Hungary …" → HUNGOV. */
  REFERENCE,
  /** The owner a possessive pronoun stands for: "Russia's defence ministry said its troops …" → RUSMIL. */
  OWNER,
  /** The speaker who reports the act: "Somalia's defence minister said the army will …" → SOMMIL. */
  SPEAKER,
  /** The story's dateline: "NAIROBI, Kenya (Reuters) –". */
  DATELINE,
  /** The country the article is about, computed from its sentences before coding. */
  ARTICLE,
  /** An actor implied by an agentless act: "20 people were arrested" → the country's police. */
  IMPLIED,
  /** No country could be found; the actor keeps its sector alone. */
  NONE;

  /** The name used in every output: {@code place-in-phrase}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The source named by {@link #label()}. */
  public static CountrySource ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
