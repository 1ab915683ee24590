package org.dyad.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.model.EventCode;
import org.dyad.model.EventTime;
import org.dyad.model.Modality;
import org.dyad.ontology.CameoOntology;

/**
 * One code an event word is coded with, and how the report presents it. An act reported as done is
 * one asserted coding. A planned or announced act is its asserted intent code ("is exploring … to
 * mediate" → 039; "will meet" → 036), as the CAMEO manual codes announced acts, plus the act
 * itself as intended or future; an act announced on a condition is its intent, asserted, plus the act
 * conditional. A refused act is the refusal CAMEO codes ({@link Refusals}), asserted,
 * plus the act negated. A negated, hypothetical, conditional, denied or historical act is
 * the act with that modality only: kept, not counted.
 */
record Coding(EventCode code, Modality modality) {

  static List<Coding> of(ModalityReading reading, LexiconEntry entry, EventTime time, LocalDate published, CameoOntology ontology) {
    List<Coding> codings = new ArrayList<>();
    EventCode act = entry.code();
    switch (reading.status()) {
      case REALIZED -> codings.add(new Coding(act, historical(time, published) ? Modality.HISTORICAL : Modality.ASSERTED));
      case INTENDED, FUTURE -> {
        // a protest only planned ("plan to march on Delhi") is no threat yet; one announced is (Intents)
        EventCode intent = reading.status() == ModalityReading.Status.FUTURE ? Intents.of(entry, ontology) : entry.intent();
        if (intent != null) {
          codings.add(new Coding(intent, Modality.ASSERTED));
          if (act != null) {
            codings.add(new Coding(act, reading.status() == ModalityReading.Status.INTENDED ? Modality.INTENDED : Modality.FUTURE));
          }
        } else if (reading.status() == ModalityReading.Status.FUTURE && act != null) {
          // "will contribute a million dollars": an announced act the lexicon gives no intent code
          codings.add(new Coding(act, Modality.ASSERTED));
        }
      }
      case NEGATED -> codings.add(new Coding(act, Modality.NEGATED));
      case REFUSED -> {
        // "refused to release the hostages" → 1243; the act itself stays, negated
        Refusals.of(act).map(ontology::get).ifPresent(refusal -> codings.add(new Coding(refusal, Modality.ASSERTED)));
        codings.add(new Coding(act, Modality.NEGATED));
      }
      case HYPOTHETICAL -> codings.add(new Coding(act, Modality.HYPOTHETICAL));
      case CONDITIONAL -> codings.add(new Coding(act, Modality.CONDITIONAL));
      case PROMISED -> {
        // "would free the soldiers if …": an offer (or, for force, a threat) made now, the act itself conditional
        EventCode intent = Intents.of(entry, ontology);
        if (intent != null) {
          codings.add(new Coding(intent, Modality.ASSERTED));
        }
        codings.add(new Coding(act, Modality.CONDITIONAL));
      }
      case DENIED -> codings.add(new Coding(act, Modality.DENIED));
      case UNREALIZED -> { }
    }
    return codings.stream().filter(c -> c.code() != null).toList();
  }

  /**
   * "Russia annexed Crimea in 2014", in a story of 2024: dated to a year at least two before the
   * story's, or to a month or day more than a year before it ("in January 2023" in a story of 2025).
   */
  private static boolean historical(EventTime time, LocalDate published) {
    if (published == null || time.date() == null || time.words().isEmpty()) {
      return false;
    }
    return time.precision() == EventTime.Precision.YEAR
        ? time.date().getYear() <= published.getYear() - 2
        : time.date().isBefore(published.minusYears(1));
  }
}
