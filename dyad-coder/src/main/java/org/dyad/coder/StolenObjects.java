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
 * that subject is the verb's object and the apposition the reporter; so is the first of two subjects
 * the report was given ({@link #secondSubject}). Only relations change, and the repaired parse is the
 * one the trace shows.
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
      if (object < verb || object > report) {
        continue;
      }
      if (reporter > object && reporter < report) {
        return Rehanging.rehung(sentence, java.util.Map.of(object, new Dependency(verb, object, "obj"),
            reporter, new Dependency(report, reporter, "nsubj")));
      }
      Sentence twoSubjects = secondSubject(sentence, verb, report, object);
      if (twoSubjects != sentence) {
        return twoSubjects;
      }
    }
    return sentence;
  }

  /**
   * "Nigerian troops intercepted a truck carrying explosives bound for Boko Haram fighters near
   * Bama, the army said", parsed with two subjects of "said": the first is the verb's object; the
   * words the parser hung on the report before its own subject go back to the clause they are in
   * (a participle to the object, a phrase or clause to the verb).
   */
  private static Sentence secondSubject(Sentence sentence, int verb, int report, int object) {
    List<Dependency> deps = sentence.dependencies();
    int reporter = deps.stream().filter(d -> d.head() == report && d.relation().equals("nsubj") && d.dependent() > object)
        .mapToInt(Dependency::dependent).findFirst().orElse(-1);
    if (reporter < 0) {
      return sentence;
    }
    java.util.Map<Integer, Dependency> edges = new java.util.HashMap<>();
    edges.put(object, new Dependency(verb, object, "obj"));
    int participle = -1;
    for (Dependency d : deps) {
      int c = d.dependent();
      if (d.head() != report || c <= object || c >= reporter) {
        continue;
      }
      String pos = sentence.tokens().get(c).pos();
      if ((d.relation().equals("obj") || d.relation().equals("xcomp")) && (pos.equals("VBN") || pos.equals("VBG"))) {
        edges.put(c, new Dependency(object, c, "acl")); // "a truck … bound for Boko Haram fighters"
        participle = c;
      } else if (d.relation().equals("obl") && participle >= 0) {
        edges.put(c, new Dependency(participle, c, "obl")); // (the phrases after the participle are its own)
      } else if (Set.of("obl", "advcl", "obj", "xcomp").contains(d.relation())) {
        edges.put(c, new Dependency(verb, c, d.relation().equals("obj") ? "obl" : d.relation()));
      }
    }
    return Rehanging.rehung(sentence, edges);
  }
}
