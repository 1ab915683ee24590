package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Marks as {@code nsubj:pass} the subjects that are the ones an act was done to, where the parse
 * makes them its doers. Only relations change, and the repaired parse is the one the trace shows.
 *
 * <ul>
 *   <li><b>Headline passives.</b> "Three Soldiers Killed in Ambush", "Journalist Shot Dead in
 *       Mexico" drop "were" and "was", and the parser, trained on full sentences, makes the victims
 *       the subject of an active verb. In a headline-shaped sentence, a clause's verb that is a past
 *       participle (or a past form followed by "dead", or of a verb that always takes an object),
 *       with a subject, no auxiliary and no object, is passive.
 *   <li><b>Deaths in an act of force.</b> "Two people died in an attack on a bus": the dead are the
 *       attack's victims, as in "were killed in an attack", so the subject of "die" with an "in" or
 *       "during" phrase is marked the same way.
 * </ul>
 */
final class PatientSubjects {
  private static final Set<String> CLAUSES = Set.of("root", "conj", "parataxis", "dep");
  /** Verbs that are never intransitive, so a past form with no object is passive: "Priest Kidnapped". */
  private static final Set<String> TRANSITIVE = Set.of("kill", "kidnap", "abduct", "arrest", "detain", "wound", "injure",
      "shoot", "stab", "behead", "execute", "lynch", "torture", "jail", "deport", "expel", "hang", "convict", "sentence",
      "rape", "assault", "beat", "attack", "target", "seize", "capture", "free", "release", "rescue");

  private static final Set<String> DYING = Set.of("die", "perish");

  private PatientSubjects() {}

  /** The sentence with its patient subjects marked, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    boolean headline = Headlines.shaped(tokens, 3);
    List<Dependency> repaired = null;
    for (Dependency verb : deps) {
      int v = verb.dependent();
      boolean elided = headline && CLAUSES.contains(verb.relation()) && elidedPassive(tokens, deps, v);
      if (!elided && !diedIn(tokens, deps, v)) {
        continue;
      }
      repaired = repaired == null ? new ArrayList<>(deps) : repaired;
      for (int i = 0; i < repaired.size(); i++) {
        Dependency d = repaired.get(i);
        if (d.head() == v && d.relation().equals("nsubj")) {
          repaired.set(i, new Dependency(v, d.dependent(), "nsubj:pass"));
        } else if (d.head() == v && d.relation().equals("obj")) {
          repaired.set(i, new Dependency(v, d.dependent(), "xcomp")); // "shot dead"
        }
      }
    }
    return repaired == null ? sentence
        : new Sentence(sentence.index(), sentence.span(), sentence.text(), tokens, List.copyOf(repaired));
  }

  private static boolean diedIn(List<Token> tokens, List<Dependency> deps, int v) {
    if (!DYING.contains(tokens.get(v).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (Dependency d : deps) {
      if (d.head() == v && d.relation().equals("obl")) {
        for (Dependency c : deps) {
          String w = tokens.get(c.dependent()).word().toLowerCase(java.util.Locale.ROOT);
          if (c.head() == d.dependent() && c.relation().equals("case") && (w.equals("in") || w.equals("during"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean elidedPassive(List<Token> tokens, List<Dependency> deps, int v) {
    String tag = tokens.get(v).pos();
    boolean dead = v + 1 < tokens.size() && tokens.get(v + 1).word().equalsIgnoreCase("dead");
    boolean transitive = TRANSITIVE.contains(tokens.get(v).lemma().toLowerCase(java.util.Locale.ROOT));
    if (!tag.equals("VBN") && !(tag.equals("VBD") && (dead || transitive))) {
      return false;
    }
    boolean subject = false;
    for (Dependency d : deps) {
      if (d.head() != v) {
        continue;
      }
      switch (d.relation()) {
        case "nsubj" -> subject = true;
        case "aux", "aux:pass", "nsubj:pass", "ccomp", "iobj" -> {
          return false;
        }
        case "obj" -> {
          if (d.dependent() != v + 1 || !dead) {
            return false;
          }
        }
        default -> { }
      }
    }
    return subject;
  }
}
