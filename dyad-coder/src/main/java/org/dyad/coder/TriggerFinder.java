package org.dyad.coder;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.dictionary.Conditions;
import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.coder.dictionary.VerbLexicon;
import org.dyad.model.Token;

/**
 * Finds the event words of a parsed sentence: each verb, noun or predicate adjective ("was
 * optimistic") whose lemma (with its particle, for phrasal verbs) has a lexicon entry whose
 * conditions hold. The first entry that holds wins,
 * so the lexicon lists specific patterns ("launch … missile" → 195) before general ones.
 * Thread-safe.
 */
final class TriggerFinder {
  /** Words that end a noun phrase when scanning left from a nominal trigger. */
  private static final Set<String> PHRASE_EDGE = Set.of("DT", "POS", "IN", "TO", ",", ".", ":", "PRP$", "WDT");
  private static final int MAX_MODIFIERS = 6;

  private final VerbLexicon lexicon;

  TriggerFinder(VerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Trigger> find(DependencyTree tree) {
    List<Trigger> triggers = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      Token t = tree.token(i);
      List<LexiconEntry> candidates = t.isVerb() || isPredicate(tree, i) ? verbEntries(tree, i)
          : t.isNoun() ? lexicon.nouns(tree.lemma(i)) : List.of();
      for (LexiconEntry e : candidates) {
        if (holds(e.conditions(), tree, i)) {
          triggers.add(new Trigger(i, e));
          break;
        }
      }
    }
    return triggers;
  }

  /** An adjective as a clause's predicate, which the lexicon lists with the verbs: "he was pessimistic about …". */
  private static boolean isPredicate(DependencyTree tree, int i) {
    return tree.token(i).pos().startsWith("JJ") && tree.child(i, "cop") >= 0;
  }

  /** Particles of the phrasal verbs the lexicon lists. */
  private static final Set<String> PARTICLES = Set.of("down", "out", "off", "up", "back", "over", "away");

  private List<LexiconEntry> verbEntries(DependencyTree tree, int i) {
    List<LexiconEntry> entries = new ArrayList<>();
    String lemma = tree.lemma(i);
    int particle = tree.child(i, "compound:prt");
    if (particle < 0 && i + 1 < tree.size() && Set.of("RP", "RB").contains(tree.token(i + 1).pos())
        && PARTICLES.contains(tree.lemma(i + 1))) {
      particle = i + 1; // "shot down 40 of the drones", "pulled out of the town": the particle next to its verb, however hung
    }
    for (LexiconEntry e : lexicon.verbs(lemma)) {
      boolean phrasal = !e.particle().isEmpty();
      if (!phrasal || (particle >= 0 && tree.lemma(particle).equals(e.particle()))) {
        entries.add(e);
      }
    }
    return entries;
  }

  private static boolean holds(Conditions c, DependencyTree tree, int i) {
    return (c.with().isEmpty() || dependsOn(tree, i, c.with(), c.prep().contains("on")))
        && (c.mod().isEmpty() || modifiedBy(tree, i, c.mod()))
        && (c.obj().isEmpty() || tree.hasChild(i, "obj", c.obj()))
        && (c.subj().isEmpty() || c.subj().contains(subjectLemma(tree, i)) || countedSubject(tree, i, c.subj()));
  }

  /**
   * The lemma of the trigger's subject, of the noun a participle modifies ("protesters marching"), or
   * of a passive verb's "by" agent when that is a weapon ("were killed by a roadside bomb"); empty when none.
   */
  private static String subjectLemma(DependencyTree tree, int i) {
    int by = tree.isPassive(i) ? tree.byAgent(i) : -1;
    int subject = by >= 0 && ArgumentWords.WEAPONS.contains(tree.lemma(by)) ? by : tree.subject(i);
    if (subject < 0 && tree.isNounParticiple(i)) {
      subject = tree.head(i);
    }
    return subject < 0 ? "" : tree.lemma(subject);
  }

  /** "Tens of thousands marched", "Scores of farmers stormed": the subject's counted people, as the condition's subject. */
  private static boolean countedSubject(DependencyTree tree, int i, Set<String> lemmas) {
    int subject = tree.child(i, "nsubj");
    if (subject < 0) {
      return false;
    }
    for (int c : tree.children(subject, "nmod")) {
      if (tree.preposition(c).equals("of") && lemmas.contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** The prepositions of the one an appeal is made to: "called on Egypt", "called upon the parties". */
  private static final Set<String> APPEALED_ON = Set.of("on", "upon");

  /** Conjunctions of finite adverbial clauses. */
  private static final Set<String> SUBORDINATORS = Set.of("if", "unless", "when", "whenever", "after", "before", "because",
      "as", "while", "although", "though", "since", "until", "once", "whereas");

  /**
   * Whether a word with one of the lemmas depends on the trigger; for an appeal "on" someone
   * ({@code addressed}), not among the words of the one appealed to ("called on Myanmar's military to
   * stop air strikes" is no appeal for military aid), however the parser hangs them.
   */
  private static boolean dependsOn(DependencyTree tree, int i, Set<String> lemmas, boolean addressed) {
    BitSet below = tree.subtree(i);
    if (addressed) {
      List<Integer> addressees = new ArrayList<>(tree.markedClauseSubjects(i, APPEALED_ON));
      tree.children(i, "obl").stream().filter(c -> APPEALED_ON.contains(tree.preposition(c))).forEach(addressees::add);
      int object = tree.particleObject(i, APPEALED_ON);
      if (object >= 0) {
        addressees.add(object);
      }
      addressees.forEach(a -> below.andNot(tree.subtree(a)));
    }
    for (int c : tree.children(i, "advcl")) {
      // "will resume their strike if talks fail": a finite adverbial clause tells when or why, not what
      if (tree.children(c, "mark").stream().anyMatch(m -> SUBORDINATORS.contains(tree.lemma(m)))
          && !tree.hasChild(c, "mark", Set.of("to"))) {
        below.andNot(tree.subtree(c));
      }
    }
    for (int k = below.nextSetBit(0); k >= 0; k = below.nextSetBit(k + 1)) {
      // ("according to the health ministry" is an attribution, no "accord" struck)
      if (k != i && lemmas.contains(tree.lemma(k)) && !tree.word(k).equalsIgnoreCase("according")) {
        return true;
      }
    }
    // "a missile, which was intercepted": the noun a relative clause is about
    int antecedent = tree.is(i, "acl:relcl") ? tree.head(i) : -1;
    if (antecedent >= 0 && lemmas.contains(tree.lemma(antecedent))) {
      return true;
    }
    return false;
  }

  /**
   * Whether the trigger's noun phrase holds a modifier: a compound or adjective child, or a word
   * in the run of modifiers just before it ("missile and drone assaults", which parsers often
   * split wrongly).
   */
  static boolean modifiedBy(DependencyTree tree, int i, Set<String> lemmas) {
    for (int c : tree.children(i, "compound", "amod", "nmod")) {
      if (lemmas.contains(tree.lemma(c))) {
        return true;
      }
    }
    for (int k = i - 1; k >= 0 && k >= i - MAX_MODIFIERS; k--) {
      if (PHRASE_EDGE.contains(tree.token(k).pos())) {
        break;
      }
      if (lemmas.contains(tree.lemma(k)) || lemmas.contains(tree.word(k))) {
        return true;
      }
    }
    return false;
  }
}
