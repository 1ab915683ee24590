package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Restores the passive a headline leaves out. "Three Soldiers Killed in Ambush", "Journalist Shot
 * Dead in Mexico" drop "were" and "was", and the parser, trained on full sentences, makes the
 * victims the subject of an active verb. In a headline-shaped sentence, a clause's verb that is a
 * past participle (or a past form followed by "dead", or of a verb that always takes an object),
 * with a subject, no auxiliary and no object, is passive: its subject becomes {@code nsubj:pass}. Only relations change, and the repaired parse
 * is the one the trace shows.
 */
final class HeadlinePassives {
  private static final Set<String> CLAUSES = Set.of("root", "conj", "parataxis", "dep");
  /** Verbs that are never intransitive, so a past form with no object is passive: "Priest Kidnapped". */
  private static final Set<String> TRANSITIVE = Set.of("kill", "kidnap", "abduct", "arrest", "detain", "wound", "injure",
      "shoot", "stab", "behead", "execute", "lynch", "torture", "jail", "deport", "expel", "hang", "convict", "sentence",
      "rape", "assault", "beat", "attack", "target", "seize", "capture", "free", "release", "rescue");

  private HeadlinePassives() {}

  /** The sentence with its headline passives restored, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (!Headlines.shaped(tokens, 3) || sentence.dependencies().isEmpty()) {
      return sentence;
    }
    List<Dependency> deps = sentence.dependencies();
    List<Dependency> repaired = null;
    for (Dependency verb : deps) {
      int v = verb.dependent();
      if (!CLAUSES.contains(verb.relation()) || !elidedPassive(tokens, deps, v)) {
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
