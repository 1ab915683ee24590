package org.dyad.coder;

import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Repairs the parses of reduced relative clauses (a participle modifying a noun, with no
 * "which was"). First, a sentence whose parse takes one for its main verb: "Rockets
 * fired by Hezbollah hit a house in Metula" is parsed with "fired" as the root, "rockets" as its
 * subject and "hit" hanging on it as an unlabelled dependent. When the root is a past participle
 * with a subject before it and a phrase of its own ("by Hezbollah", "linked to al-Shabaab"), and a past-tense verb with no subject of its own
 * hangs on it as {@code dep}, that verb becomes the root, the participle's subject becomes its
 * subject, and the participle a clause modifying that subject ({@code acl}), as the parser gives
 * for the same words in most sentences. Second, one parsed as a clausal subject ("Rebels led by
 * Hayat Tahrir al-Sham seized Hama"). Third, one parsed as the clause a verb reports ("ELN Frees
 * Six Soldiers Held in Arauca") or hung on it unlabelled ("raped women fleeing El Geneina"),
 * whose subject is the verb's object. Fourth, present participles after a subject
 * ("Gunmen riding motorcycles killed …"). Only relations change, and
 * the repaired parse is the one the trace shows.
 */
final class ReducedRelatives {
  private ReducedRelatives() {}

  /** The sentence with its reduced relatives repaired, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    return presentParticiples(objectsOfTheVerb(clausalSubject(mainVerb(sentence))));
  }

  /**
   * A subject with a present participle phrase ("Gunmen riding motorcycles killed …", "Thousands of
   * farmers demanding higher prices marched …") that the parser reads one of two wrong ways: the
   * participle as an adjective of its own object, with the subject a compound before it ("gunmen"
   * a compound of "motorcycles", which becomes the verb's subject), or the participle as the root
   * with the finite verb its reported clause, whose subject becomes the participle's object. Either
   * way the subject noun becomes the verb's subject, the participle a clause modifying it, and the
   * participle's object its object.
   */
  private static Sentence presentParticiples(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    for (Dependency d : deps) {
      int noun = d.dependent();
      int participle = dependentTagged(tokens, deps, noun, "amod", "VBG");
      int subject = -1;
      for (Dependency e : deps) {
        if (e.head() == noun && e.relation().equals("compound") && e.dependent() < participle && tokens.get(e.dependent()).pos().startsWith("NN")) {
          subject = e.dependent(); // the compound nearest the participle
        }
      }
      // "Gunmen riding motorcycles killed": compound noun, then participle, then the noun taken for the subject
      if (d.relation().equals("nsubj") && participle >= 0 && subject >= 0 && participle < noun) {
        java.util.Map<Integer, Dependency> edges = new java.util.HashMap<>();
        for (Dependency e : deps) {
          if (e.head() == noun && e.dependent() < subject) {
            edges.put(e.dependent(), new Dependency(subject, e.dependent(), e.relation())); // "Armed gunmen riding …"
          }
        }
        edges.put(subject, new Dependency(d.head(), subject, "nsubj"));
        edges.put(participle, new Dependency(subject, participle, "acl"));
        edges.put(noun, new Dependency(participle, noun, "obj"));
        return Rehanging.rehung(sentence, edges);
      }
    }
    Dependency root = deps.stream().filter(d -> d.relation().equals("root")).findFirst().orElse(null);
    if (root == null || !tokens.get(root.dependent()).pos().equals("VBG") || hasAuxiliary(deps, root.dependent())) {
      return sentence;
    }
    int participle = root.dependent();
    int subject = Rehanging.dependent(deps, participle, "nsubj");
    for (Dependency d : deps) {
      int verb = d.dependent();
      int object = Rehanging.dependent(deps, verb, "nsubj");
      // "Thousands of farmers demanding higher prices marched …": the finite verb reported, its subject the participle's object
      if (d.head() != participle || !d.relation().equals("ccomp") || !FINITE.contains(tokens.get(verb).pos()) || subject < 0
          || subject > participle || object < participle || object > verb || Rehanging.dependent(deps, participle, "obj") >= 0) {
        continue;
      }
      java.util.Map<Integer, Dependency> edges = new java.util.HashMap<>();
      for (Dependency e : deps) {
        if (e.head() == participle && e.dependent() > verb) {
          edges.put(e.dependent(), new Dependency(verb, e.dependent(), e.relation())); // the closing punctuation
        }
      }
      edges.put(verb, new Dependency(root.head(), verb, "root"));
      edges.put(subject, new Dependency(verb, subject, "nsubj"));
      edges.put(participle, new Dependency(subject, participle, "acl"));
      edges.put(object, new Dependency(participle, object, "obj"));
      return Rehanging.rehung(sentence, edges);
    }
    return sentence;
  }

  /** The first dependent of {@code head} with that relation and part-of-speech tag, or -1. */
  private static int dependentTagged(List<Token> tokens, List<Dependency> deps, int head, String relation, String tag) {
    return deps.stream().filter(d -> d.head() == head && d.relation().equals(relation) && tokens.get(d.dependent()).pos().equals(tag))
        .mapToInt(Dependency::dependent).findFirst().orElse(-1);
  }

  private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP");

  /**
   * "ELN Frees Six Soldiers Held in Arauca", parsed as "frees" with a clause "soldiers held in
   * Arauca": a past participle after the verb, with a subject and no auxiliary, complementing a
   * verb that has no object (or hanging on it unlabelled), is a clause modifying that verb's object;
   * so is a present participle hung on it unlabelled ("raped women fleeing El Geneina"), and a part
   * of things told by a participle, even one tagged as a past tense ("intercepted most of the
   * missiles fired from Yemen").
   * (With a "by" phrase the coder reads that parse as it stands: "welcomed the deal signed by
   * Armenia" is aimed at the deal's signer.)
   */
  private static Sentence objectsOfTheVerb(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    for (Dependency d : deps) {
      int participle = d.dependent();
      int verb = d.head();
      String tag = tokens.get(participle).pos();
      int object = Rehanging.dependent(deps, participle, "nsubj");
      // "intercepted most of the missiles fired from Yemen": a part of things told by its participle, whatever its tag
      boolean partitive = object >= 0 && partitive(tokens, deps, object);
      boolean complement = d.relation().equals("ccomp") || d.relation().equals("dep");
      // a past participle reported ("… Held in Arauca") or unlabelled; a present one only unlabelled ("raped women fleeing …")
      boolean reduced = (tag.equals("VBN") || partitive && tag.equals("VBD")) && complement
          && Rehanging.dependent(deps, participle, "obj") < 0 || tag.equals("VBG") && d.relation().equals("dep");
      if (!reduced || verb < 0 || participle < verb || Rehanging.dependent(deps, verb, "obj") >= 0 || hasAuxiliary(deps, participle)) {
        continue;
      }
      if (object < 0 || object > participle) {
        continue;
      }
      return Rehanging.rehung(sentence, java.util.Map.of(object, new Dependency(verb, object, "obj"),
          participle, new Dependency(object, participle, "acl")));
    }
    return sentence;
  }

  /**
   * "Rebels led by Hayat Tahrir al-Sham seized the city", parsed as a clause "rebels led by …" that
   * is the subject of "seized": a past participle with a subject before it, no auxiliary and a
   * phrase of its own, as the clausal subject of a verb that has no subject, modifies that subject,
   * which is the verb's.
   */
  private static Sentence clausalSubject(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    for (Dependency d : deps) {
      int participle = d.dependent();
      int verb = d.head();
      if (!d.relation().equals("csubj") || !tokens.get(participle).pos().equals("VBN") || Rehanging.dependent(deps, verb, "nsubj") >= 0
          || hasAuxiliary(deps, participle) || !prepositional(deps, participle)) {
        continue;
      }
      int subject = Rehanging.dependent(deps, participle, "nsubj");
      if (subject < 0 || subject > participle) {
        continue;
      }
      return Rehanging.rehung(sentence, java.util.Map.of(subject, new Dependency(verb, subject, "nsubj"),
          participle, new Dependency(subject, participle, "acl")));
    }
    return sentence;
  }

  /** The sentence re-rooted on its main verb, or the sentence itself. */
  private static Sentence mainVerb(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    // the root, or the clause a closing "…, medics said" reports ("Shells fired by the RSF hit the hospital, medics said")
    // (a reported one only with its agent: "A grenade thrown at a checkpoint … wounded four" may be read either way)
    // ("Demonstrators opposed to the reform threw stones …", its participle tagged as a past tense)
    Dependency main = deps.stream().filter(d -> (tokens.get(d.dependent()).pos().equals("VBN")
        || d.relation().equals("root") && ATTITUDES.contains(tokens.get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) && (d.relation().equals("root")
        || REPORTED.contains(d.relation()) && (byPhrase(tokens, deps, d.dependent()) || placed(tokens, deps, d.dependent()))))
        .findFirst().orElse(null);
    if (main == null) {
      return sentence;
    }
    int root = main.dependent();
    int subject = Rehanging.dependent(deps, root, "nsubj");
    int verb = -1;
    for (Dependency d : deps) {
      // (or, after a participle of placing, hung as an adverb: "A magnetic bomb attached to a minibus exploded …")
      boolean hung = d.relation().equals("dep") || d.relation().equals("advmod") && placed(tokens, deps, root);
      if (d.head() == root && hung && d.dependent() > root && tokens.get(d.dependent()).pos().equals("VBD") && verb < 0) {
        verb = d.dependent();
      }
    }
    for (Dependency d : deps) {
      // ("Forces backed by clan militias recaptured the town …, a regional official said": the verb hung on the
      // closing reporting verb, which hangs on the participle)
      int reporter = d.head();
      if (verb < 0 && d.relation().equals("dep") && d.dependent() > root && reporter > d.dependent()
          && tokens.get(d.dependent()).pos().equals("VBD") && deps.stream().anyMatch(e -> e.dependent() == reporter && e.head() == root)) {
        verb = d.dependent();
      }
    }
    if (subject < 0 || subject > root || verb < 0 || !prepositional(deps, root) || Rehanging.dependent(deps, verb, "nsubj") >= 0) {
      return sentence;
    }
    java.util.Map<Integer, Dependency> edges = new java.util.HashMap<>();
    for (Dependency d : deps) {
      if (d.head() == root && d.dependent() > verb) {
        edges.put(d.dependent(), new Dependency(verb, d.dependent(), d.relation())); // the closing punctuation and what follows the verb
      }
    }
    edges.put(verb, new Dependency(main.head(), verb, main.relation()));
    edges.put(root, new Dependency(subject, root, "acl"));
    edges.put(subject, new Dependency(verb, subject, "nsubj"));
    return Rehanging.rehung(sentence, edges);
  }

  /**
   * "An explosive device planted on the road … killed six soldiers": a participle of placing a device,
   * with no auxiliary, tells where the device was; it is never the clause a closing "…, the army said"
   * reports (one of aiming, "A grenade thrown at a checkpoint … wounded four", may be read either way).
   */
  private static boolean placed(List<Token> tokens, List<Dependency> deps, int participle) {
    return PLACING.contains(tokens.get(participle).lemma().toLowerCase(java.util.Locale.ROOT))
        && Rehanging.dependent(deps, participle, "aux") < 0 && Rehanging.dependent(deps, participle, "aux:pass") < 0;
  }

  /** Verbs of placing a device. */
  private static final java.util.Set<String> PLACING = java.util.Set.of("plant", "place", "hide", "attach", "leave", "bury", "lay",
      "conceal", "strap", "fix");

  /** Participles and adjectives of allegiance that describe a group before its verb: "opposed to", "loyal to", "allied with". */
  private static final java.util.Set<String> ATTITUDES = java.util.Set.of("opposed", "loyal", "allied", "linked", "affiliated",
      "aligned", "tied", "close");

  /** The relations of a clause a reporting verb after it governs ("…, medics said"). */
  private static final java.util.Set<String> REPORTED = java.util.Set.of("ccomp", "advcl", "parataxis");


  /** "most of the drones", "three of the rockets": a number or quantifier with an "of" phrase. */
  private static boolean partitive(List<Token> tokens, List<Dependency> deps, int noun) {
    Token t = tokens.get(noun);
    boolean quantity = t.pos().equals("CD") || t.pos().equals("JJS") || PARTS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
    return quantity && deps.stream().anyMatch(d -> d.head() == noun && d.relation().equals("nmod") && caseOf(tokens, deps, d.dependent()).equals("of"));
  }

  private static final java.util.Set<String> PARTS = java.util.Set.of("most", "some", "all", "many", "several", "dozens", "hundreds", "half");

  /** Whether the verb has an auxiliary ("was fired", "has fired"), so is no bare participle. */
  private static boolean hasAuxiliary(List<Dependency> deps, int verb) {
    return Rehanging.dependent(deps, verb, "aux") >= 0 || Rehanging.dependent(deps, verb, "aux:pass") >= 0;
  }

  /** Whether the participle has a phrase of its own ("fired by Hezbollah", "linked to al-Shabaab", "fired from Lebanon"). */
  private static boolean prepositional(List<Dependency> deps, int participle) {
    return deps.stream().anyMatch(d -> d.head() == participle && d.relation().equals("obl") && Rehanging.dependent(deps, d.dependent(), "case") >= 0);
  }

  /** Whether the participle has a "by" phrase: its agent. */
  private static boolean byPhrase(List<Token> tokens, List<Dependency> deps, int participle) {
    return deps.stream().anyMatch(d -> d.head() == participle && d.relation().equals("obl") && caseOf(tokens, deps, d.dependent()).equals("by"));
  }

  private static String caseOf(List<Token> tokens, List<Dependency> deps, int noun) {
    int c = Rehanging.dependent(deps, noun, "case");
    return c < 0 ? "" : tokens.get(c).word().toLowerCase(java.util.Locale.ROOT);
  }
}
