package org.dyad.coder;

import java.util.List;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Repairs an object the parser gave to the closing report as its subject: "Israeli troops shot
 * dead two Palestinians in Gaza, Israel's army said" is parsed with "Palestinians" the subject of
 * "said" and "Israel's army" in apposition to them. When a verb with no object is followed by a
 * reporting verb it governs, whose subject stands between the two and has an apposition after it,
 * that subject is the verb's object and the apposition the reporter. Only relations change, and the
 * repaired parse is the one the trace shows.
 */
final class StolenObjects {
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "claim", "announce", "confirm", "state");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private StolenObjects() {}

  /** The sentence with a stolen object given back, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    for (Dependency d : deps) {
      int verb = d.head();
      int report = d.dependent();
      if (!Set.of("parataxis", "ccomp").contains(d.relation()) || verb < 0 || report < verb
          || !REPORTING.contains(tokens.get(report).lemma().toLowerCase(java.util.Locale.ROOT))
          || !FINITE.contains(tokens.get(verb).pos()) || Rehanging.dependent(deps, verb, "obj") >= 0) {
        continue;
      }
      int object = Rehanging.dependent(deps, report, "nsubj");
      int reporter = object < 0 ? -1 : Rehanging.dependent(deps, object, "appos");
      if (object < verb || object > report || reporter < object || reporter > report) {
        continue;
      }
      return Rehanging.rehung(sentence, java.util.Map.of(object, new Dependency(verb, object, "obj"),
          reporter, new Dependency(report, reporter, "nsubj")));
    }
    return sentence;
  }
}
