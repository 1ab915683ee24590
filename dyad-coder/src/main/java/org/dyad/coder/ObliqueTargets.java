package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.AIMED_AT;
import static org.dyad.coder.ArgumentWords.BORDERS;
import static org.dyad.coder.ArgumentWords.GATHERINGS;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;

import java.util.List;
import java.util.Set;

/**
 * Target rules that read prepositional phrases beyond the trigger's own: a participle's "with"
 * phrase parsed as a clause, what a weapon was fired at, a light verb's phrase ("opened an
 * offensive against Ukraine"), a purpose clause's object ("to disperse protesters") and the other
 * side of a border. One instance per sentence.
 */
final class ObliqueTargets {
  private final DependencyTree tree;
  private final PhraseActors phraseActors;

  ObliqueTargets(DependencyTree tree, PhraseActors phraseActors) {
    this.tree = tree;
    this.phraseActors = phraseActors;
  }

  /**
   * "clashed with Israeli soldiers trying to advance", which parsers read as a clause "with soldiers
   * trying …": the preposition's noun is the participle's subject.
   */
  Argument participleOblique(int t, Set<String> prepositions) {
    for (int c : tree.children(t, "advcl")) {
      int subject = tree.child(c, "nsubj");
      if (subject < 0 || !tree.token(c).pos().equals("VBG")) {
        continue;
      }
      for (int m : tree.children(c, "mark")) {
        if (prepositions.contains(tree.lemma(m))) {
          Argument a = phraseActors.argument(subject, "target.oblique-" + tree.lemma(m));
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "fired about 180 ballistic missiles at Israel": the target hangs on what was fired; or, past a
   * participle describing it, on what that holds ("dropped munitions containing a toxic irritant on
   * Ukrainian infantry", parsed as an irritant on the infantry).
   */
  Argument aimedThrough(int t) {
    for (int c : tree.children(t, "obj", "obl", "advmod")) {
      // ("fire rockets deep into Israel": the place hung on the adverb of how far)
      List<Integer> holders = new java.util.ArrayList<>(List.of(c));
      if (tree.is(c, "obj")) {
        for (int described : tree.children(c, "acl")) {
          holders.add(described);
          holders.addAll(tree.children(described, "obj"));
        }
      }
      for (int holder : holders) {
        for (int n : tree.children(holder, tree.is(c, "advmod") || tree.is(holder, "acl") ? "obl" : "nmod")) {
          if (AIMED_AT.contains(tree.preposition(n))) {
            Argument a = phraseActors.argument(n, "target.aimed-" + tree.preposition(n));
            if (!a.isEmpty()) {
              return a;
            }
          }
        }
      }
    }
    return Argument.NONE;
  }

  /** "opened a new ground offensive against Ukraine": the light verb carries the event noun's target. */
  Argument lightVerbOblique(int t, Set<String> prepositions, Trigger trigger) {
    int verb = tree.head(t);
    if (verb < 0 || !tree.is(t, "obj") || !LIGHT_VERBS.contains(tree.lemma(verb))) {
      return Argument.NONE;
    }
    for (int c : tree.children(verb, "obl")) {
      String p = tree.preposition(c);
      if (prepositions.contains(p) && !ActKinds.topics(trigger).contains(p)) {
        Argument a = phraseActors.argument(c, "target.light-verb-oblique-" + p);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "fired tear gas to disperse protesters": a material act aimed through its purpose clause (not at
   * whom the clause's act names as done to: "held a march to demand the release of a kidnapped priest").
   */
  Argument purposeObject(int t) {
    for (int c : tree.children(t, "xcomp", "advcl")) {
      int mark = tree.child(c, "mark");
      int object = tree.child(c, "obj");
      if (mark >= 0 && tree.lemma(mark).equals("to") && object >= 0 && !doneToSomeone(object)) {
        // ("used tear gas to break up a march by teachers": those who hold the gathering)
        Argument a = GATHERINGS.contains(tree.lemma(object)) ? phraseActors.holders(object, "target.purpose-holders")
            : phraseActors.argument(object, "target.purpose-object");
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /** What a purpose clause asks for or against people ("to demand the release of", "to protest the arrest of"). */
  private boolean doneToSomeone(int object) {
    String act = tree.lemma(object).toLowerCase(java.util.Locale.ROOT);
    return ArgumentWords.BENEFITS.contains(act) || ArgumentWords.ACTS_ON_PEOPLE.contains(act);
  }

  /**
   * "deployed troops near its border with Finland": the country on the other side; not where a
   * settlement acted upon lies ("attacked the town of Ouatagouna near the border with Niger").
   */
  Argument borderTarget(int t) {
    if (ArgumentWords.takesASettlement(tree, t)) {
      return Argument.NONE;
    }
    for (int c : tree.children(t, "obl")) {
      if (BORDERS.contains(tree.lemma(c))) {
        Argument a = phraseActors.inner(c, "target.border");
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }
}
