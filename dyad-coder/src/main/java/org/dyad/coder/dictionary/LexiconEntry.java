package org.dyad.coder.dictionary;

import java.util.Objects;
import org.dyad.model.EventCode;

/**
 * A line of the verb lexicon: an event word, what it codes, under which conditions.
 *
 * @param nominal whether the trigger is a noun ("assault") rather than a verb ("attack")
 * @param lemma the trigger's lemma
 * @param particle a phrasal verb's particle ("out" of "pull out"), or empty
 * @param code the event code when the act is reported as done
 * @param conditions the tests on the context
 * @param intent the event code when the act is only intended or offered, or {@code null}
 * @param where the file and line, e.g. {@code dict/verbs.tsv:41}
 */
public record LexiconEntry(
    boolean nominal,
    String lemma,
    String particle,
    EventCode code,
    Conditions conditions,
    EventCode intent,
    String where) {
  public LexiconEntry {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(particle, "particle");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(conditions, "conditions");
    Objects.requireNonNull(where, "where");
  }

  /** How the entry reads in evidence: {@code dict/verbs.tsv:633 verb authorize → 072, intent 0332}. */
  public String describe() {
    String word = particle.isEmpty() ? lemma : lemma + " " + particle;
    return where + " " + (nominal ? "noun " : "verb ") + word + " → " + code.code()
        + (intent == null ? "" : ", intent " + intent.code());
  }
}
