package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.RECIPROCAL_WORDS;

import java.util.Set;

/**
 * What kind of act a trigger codes, as the argument rules ask it: material (roots 17–20), verbal
 * (statements through threats), joint (done by two parties together), and which prepositions name
 * its topic rather than its target. Stateless.
 */
final class ActKinds {
  /** A ceasefire agreed by two parties holds between them (0871). */
  private static final String CEASEFIRE = "0871";
  /** Prepositions of a topic, never of a target: "talks about military aid to Ukraine". */
  private static final Set<String> TOPICS = Set.of("about", "regarding", "concerning", "on behalf of");
  /** Prepositions that name a topic of cooperative event nouns (roots 01–08): "talks on Ukraine", "talks over the border". */
  private static final Set<String> COOPERATIVE_TOPICS = Set.of("about", "regarding", "concerning", "on behalf of", "on", "over", "for");
  /**
   * Roots of coercion and force (coercion, assault, fighting, mass violence): material acts whose
   * target may be a facility, whose agent may go unnamed and be implied, and whose toll a killing may report.
   */
  static final Set<String> MATERIAL_ROOTS = Set.of("17", "18", "19", "20");

  private ActKinds() {}

  /** Material acts: coercion, assault, fighting, mass violence (roots 17–20). */
  static boolean isMaterial(Trigger trigger) {
    return MATERIAL_ROOTS.contains(trigger.entry().code().root());
  }

  /** Acts two parties do together: consult, negotiate, agree, cooperate (roots 03–06), swap, clash. */
  static boolean isJoint(Trigger trigger) {
    int root = Integer.parseInt(trigger.entry().code().root());
    return (root >= 3 && root <= 6) || RECIPROCAL_WORDS.contains(trigger.entry().lemma())
        || trigger.entry().code().code().equals(CEASEFIRE);
  }

  /** Verbal acts (statements, appeals, intents, consultations, demands, criticism, threats). */
  static boolean isVerbal(Trigger trigger) {
    int root = Integer.parseInt(trigger.entry().code().root());
    return root <= 5 || (root >= 9 && root <= 13);
  }

  /** The topic prepositions of an act: "about" never names a target, and "on", "over", "for" do not after talks or deals. */
  static Set<String> topics(Trigger trigger) {
    return trigger.entry().nominal() && Integer.parseInt(trigger.entry().code().root()) <= 8 ? COOPERATIVE_TOPICS : TOPICS;
  }
}
