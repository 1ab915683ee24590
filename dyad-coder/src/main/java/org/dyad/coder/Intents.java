package org.dyad.coder;

import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.model.EventCode;
import org.dyad.ontology.CameoOntology;

/**
 * The code of an announced or threatened act: the lexicon entry's own intent code, else the one the CAMEO
 * manual gives the act's root. A protest, strike, boycott or blockade announced or threatened ("will boycott
 * the new parliament", "will block the highways unless …") is a threat of political dissent (133), as the
 * CAMEO manual 1.1b3 codes "farmers said on Friday they would blockade Paris from Monday night". A protest
 * only planned ("farmers plan to march on Delhi") takes the lexicon's intent alone: no threat is made yet.
 */
final class Intents {
  private Intents() {}

  /** The intent code for an entry's act, or null when neither the lexicon nor CAMEO gives one. */
  static EventCode of(LexiconEntry entry, CameoOntology ontology) {
    if (entry.intent() != null) {
      return entry.intent();
    }
    EventCode act = entry.code();
    return act != null && act.code().startsWith("14") ? ontology.get("133") : null;
  }
}
