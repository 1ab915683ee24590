package org.dyad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One coded political interaction: who did what to whom, when, according to whom.
 *
 * @param docId the article's id
 * @param date the article's date, or {@code null} when unknown
 * @param source who acted
 * @param target whom it was done to
 * @param code the CAMEO event code with its Goldstein score, quad class and PLOVER type
 * @param sentenceIndex index of the sentence the event was coded from
 * @param sentenceText that sentence as written
 * @param span the part of the article spanning source, trigger and target
 * @param evidence the rule and dictionary entry that produced it
 * @param attribution who the report says the information comes from ("a New York Times report
 *     citing unnamed U.S. officials"), or empty
 * @param hedged whether the report marks it as uncertain ("reportedly", "reports suggest")
 * @param issues what the sentence is about ("NUCLEAR", "CEASEFIRE"), most mentioned first
 * @param location where it happened, or {@code null} before the geo stage or when unknown
 * @param modality whether the report asserts the act, or denies, imagines or announces it
 * @param casualties the toll the sentence reports
 * @param time when the act happened, which may differ from the article's date
 * @param conflictType the ACLED-style event and sub-event type, or {@link ConflictType#NONE}
 */
public record Event(
    String docId,
    LocalDate date,
    ActorMention source,
    ActorMention target,
    EventCode code,
    int sentenceIndex,
    String sentenceText,
    Span span,
    Evidence evidence,
    String attribution,
    boolean hedged,
    List<String> issues,
    Location location,
    Modality modality,
    Casualties casualties,
    EventTime time,
    ConflictType conflictType) {
  public Event {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(attribution, "attribution");
    issues = List.copyOf(issues);
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(conflictType, "conflictType");
  }

  /** An asserted event dated by its article, with no toll or conflict type (tests, benchmarks, imports). */
  public Event(String docId, LocalDate date, ActorMention source, ActorMention target, EventCode code, int sentenceIndex,
      String sentenceText, Span span, Evidence evidence, String attribution, boolean hedged, List<String> issues,
      Location location) {
    this(docId, date, source, target, code, sentenceIndex, sentenceText, span, evidence, attribution, hedged, issues, location,
        Modality.ASSERTED, Casualties.NONE, EventTime.ofArticle(date), ConflictType.NONE);
  }

  /** The same event with other evidence (the learned typer's view added). */
  public Event withEvidence(Evidence other) {
    return new Event(docId, date, source, target, code, sentenceIndex, sentenceText, span, other, attribution, hedged, issues, location,
        modality, casualties, time, conflictType);
  }

  /** The same event with another conflict type (refined by the learned typer). */
  public Event withConflictType(ConflictType other) {
    return new Event(docId, date, source, target, code, sentenceIndex, sentenceText, span, evidence, attribution, hedged, issues, location,
        modality, casualties, time, other);
  }

  public boolean asserted() {
    return modality == Modality.ASSERTED;
  }

  /** The same event, located. */
  public Event withLocation(Location where) {
    return new Event(docId, date, source, target, code, sentenceIndex, sentenceText, span, evidence, attribution, hedged, issues, where,
        modality, casualties, time, conflictType);
  }
}
