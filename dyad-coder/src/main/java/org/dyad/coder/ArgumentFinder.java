package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * Finds the source and target actors of an event word in its dependency tree.
 *
 * <p>Verbs: the subject is the source and the object (or a phrase with a target preposition) the
 * target; in the passive, "by X" is the source and the subject the target; an infinitive takes
 * the subject of the verb that governs it ("Trump's team is exploring … to mediate"). Nouns: the
 * possessor or "by X" is the source ("Russia's assaults"), a phrase with "on", "against" … the
 * target. Verbal acts (appeals, criticism, threats) may find their target in the reported clause
 * ("Putin warns … NATO's involvement"). When the tree gives nothing, the nearest actor in the
 * sentence's word order is taken, and the rule says so ({@code target.linear}): parsers often
 * mis-attach headlines and long modifier chains.
 *
 * <p>Coordinations give several actors ("between Ukraine and Russia" → two targets). One instance
 * per sentence.
 */
final class ArgumentFinder {
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("on", "against", "at", "to", "with", "between", "toward", "towards", "into", "upon", "over");
  private static final Set<String> NOMINAL_TARGET_PREPOSITIONS =
      Set.of("on", "against", "at", "to", "toward", "towards", "into", "upon", "with", "between");
  /** Verbs that only carry an event noun: "held talks", "launched strikes", "carried out raids". */
  private static final Set<String> LIGHT_VERBS =
      Set.of("hold", "launch", "carry", "conduct", "stage", "begin", "start", "mount", "make", "give", "issue",
          "deliver", "take", "open", "resume", "continue", "have", "wage", "undertake", "perform", "unleash", "step", "intensify", "escalate");
  private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");
  private static final Set<String> INNER_PREPOSITIONS = Set.of("between", "with", "on", "against");
  private static final Set<String> RECIPROCAL_WORDS = Set.of("swap", "exchange", "clash", "trade", "skirmish");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "throughout");
  private static final Set<String> CONTROL = Set.of("xcomp", "acl", "advcl", "conj", "ccomp", "obj", "obl", "nmod");

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final DiscourseMemory memory;
  private final List<ActorMention> mentions;

  ArgumentFinder(DependencyTree tree, ActorResolver resolver, DiscourseMemory memory) {
    this.tree = tree;
    this.resolver = resolver;
    this.memory = memory;
    this.mentions = resolver.mentions();
  }

  Argument source(Trigger trigger, Modality modality) {
    int t = trigger.token();
    if (trigger.entry().nominal()) {
      return nominalSource(t);
    }
    if (isPassive(t)) {
      for (int c : tree.children(t, "obl")) {
        if (tree.preposition(c).equals("by")) {
          return argument(c, "source.passive-agent");
        }
      }
      return Argument.NONE;
    }
    int start = modality.governor() >= 0 ? modality.governor() : t;
    for (int node = start, steps = 0; node >= 0 && steps < tree.size(); steps++) {
      int subject = tree.child(node, "nsubj");
      if (subject >= 0) {
        return argument(subject, node == t ? "source.subject" : "source.controller-subject");
      }
      if (node != t && tree.token(node).isNoun()) {
        Optional<ActorMention> owner = resolver.ownerOf(node);
        if (owner.isPresent()) {
          return new Argument(List.of(owner.get()), "source.owner-of-" + tree.lemma(node));
        }
      }
      node = CONTROL.contains(baseRelation(node)) ? tree.head(node) : -1;
    }
    return Argument.NONE;
  }

  private Argument nominalSource(int t) {
    int poss = tree.child(t, "nmod:poss");
    if (poss >= 0) {
      return argument(poss, "source.possessive");
    }
    var below = tree.subtree(t);
    for (int c = below.nextSetBit(0); c >= 0; c = below.nextSetBit(c + 1)) {
      if (c != t && tree.is(c, "nmod") && tree.preposition(c).equals("by")) {
        return argument(c, "source.by");
      }
    }
    for (int c : tree.children(t, "compound", "amod")) {
      Optional<ActorMention> a = resolver.actorAt(c);
      if (a.isPresent() && !a.get().actor().country().isEmpty()) {
        return new Argument(List.of(a.get()), "source.modifier");
      }
    }
    Argument possessor = linearPossessor(t);
    return possessor.isEmpty() ? lightVerbSubject(t) : possessor;
  }

  /**
   * "held two days of talks", "began joint exercises", "carried out airstrikes": the event noun is
   * the object of a light verb, whose subject is the source.
   */
  private Argument lightVerbSubject(int t) {
    int node = t;
    while (node >= 0 && !tree.token(node).isVerb() && (tree.is(node, "obj") || tree.is(node, "nmod") || tree.is(node, "obl"))) {
      node = tree.head(node);
    }
    if (node < 0 || node == t || !tree.token(node).isVerb() || !LIGHT_VERBS.contains(tree.lemma(node))) {
      return Argument.NONE;
    }
    int subject = tree.child(node, "nsubj");
    return subject >= 0 ? argument(subject, "source.light-verb-subject") : Argument.NONE;
  }

  /** "Russia's most aggressive missile and drone assaults": the possessor before the modifier run. */
  private Argument linearPossessor(int t) {
    for (int k = t - 1; k >= 1 && k >= t - 8; k--) {
      if (tree.token(k).pos().equals("POS")) {
        int owner = k - 1;
        for (ActorMention m : mentions) {
          if (m.span().end() == tree.token(owner).span().end()) {
            return new Argument(List.of(m), "source.possessive-linear");
          }
        }
        return Argument.NONE;
      }
      if (Set.of("DT", "IN", ",", ".", "VBD", "VBZ", "VBP").contains(tree.token(k).pos())) {
        break;
      }
    }
    return Argument.NONE;
  }

  Argument target(Trigger trigger, Argument source) {
    int t = trigger.token();
    Set<String> prepositions = trigger.entry().conditions().prep();
    boolean restricted = !prepositions.isEmpty();
    if (!restricted) {
      prepositions = trigger.entry().nominal() ? NOMINAL_TARGET_PREPOSITIONS : TARGET_PREPOSITIONS;
    }
    if (!trigger.entry().nominal() && !restricted) {
      Argument direct = directTarget(trigger);
      if (!direct.isEmpty()) {
        return direct;
      }
      if (hasTheme(trigger)) {
        // "recalled its ambassadors from Algeria": what is moved goes to or from the target.
        prepositions = union(prepositions, Set.of("from", "out of"));
      }
    }
    for (int c : tree.children(t, "obl", "nmod")) {
      if (prepositions.contains(tree.preposition(c))) {
        Argument a = argument(c, "target.oblique-" + tree.preposition(c));
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    Argument border = borderTarget(t);
    if (!border.isEmpty() && !restricted) {
      return border;
    }
    boolean joint = source.actors().size() > 1 && isJoint(trigger);
    if (restricted) {
      return joint ? reciprocal(source) : Argument.NONE;
    }
    if (isVerbal(trigger)) {
      Argument reported = reportedTarget(t, source);
      if (!reported.isEmpty()) {
        return reported;
      }
    }
    Argument linear = trigger.entry().nominal() || isVerbal(trigger) ? linearTarget(t, source) : Argument.NONE;
    return linear.isEmpty() && joint ? reciprocal(source) : linear;
  }

  /**
   * "Iran and Russia signed an agreement": a joint act of a coordinated subject with no other
   * target is coded between them, both ways (CAMEO manual, compound actors).
   */
  private static Argument reciprocal(Argument source) {
    return new Argument(source.actors(), "target.reciprocal");
  }

  /** Acts two parties do together: consult, negotiate, agree, cooperate (roots 03–06), swap, clash. */
  private static boolean isJoint(Trigger trigger) {
    int root = Integer.parseInt(trigger.entry().code().root());
    return (root >= 3 && root <= 6) || RECIPROCAL_WORDS.contains(trigger.entry().lemma());
  }

  /** Whether the verb's object is what the entry names as moved or given ("troops", "missiles"). */
  private boolean hasTheme(Trigger trigger) {
    int object = tree.child(trigger.token(), "obj");
    return object >= 0 && trigger.entry().conditions().with().contains(tree.lemma(object));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private Argument directTarget(Trigger trigger) {
    int t = trigger.token();
    if (isPassive(t)) {
      int subject = tree.child(t, "nsubj:pass");
      if (subject < 0) {
        return Argument.NONE;
      }
      Argument a = argument(subject, "target.passive-subject");
      return a.isEmpty() ? inner(subject, "target.passive-subject-oblique") : a;
    }
    for (String relation : new String[] {"obj", "iobj"}) {
      int c = tree.child(t, relation);
      // "send troops to Syria": an object the entry names (with=troops) is what is given, not whom.
      if (c >= 0 && !trigger.entry().conditions().with().contains(tree.lemma(c))) {
        Argument a = argument(c, "target." + (relation.equals("obj") ? "object" : "indirect-object"));
        if (a.isEmpty()) {
          a = inner(c, "target.object-oblique");
        }
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /** "deployed troops near its border with Finland": the country on the other side. */
  private Argument borderTarget(int t) {
    for (int c : tree.children(t, "obl")) {
      if (BORDERS.contains(tree.lemma(c))) {
        Argument a = inner(c, "target.border");
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /** "mediated talks between Israel and Hamas": the parties inside a non-actor object. */
  private Argument inner(int phrase, String rule) {
    for (int c : tree.children(phrase, "nmod")) {
      if (INNER_PREPOSITIONS.contains(tree.preposition(c))) {
        Argument a = argument(c, rule + "-" + tree.preposition(c));
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /** "Critics argue that such concessions would …", "warned that NATO …": the reported clause. */
  private Argument reportedTarget(int t, Argument source) {
    for (int clause : tree.children(t, "ccomp", "xcomp")) {
      int subject = tree.child(clause, "nsubj");
      if (subject >= 0) {
        Argument a = argument(subject, "target.reported-subject");
        if (!a.isEmpty() && !same(a, source)) {
          return a;
        }
      }
      for (ActorMention m : mentions) {
        if (inside(m, clause) && !isSource(m, source) && !inAttribution(m)) {
          return new Argument(List.of(m), "target.reported-clause");
        }
      }
    }
    return Argument.NONE;
  }

  /** The first actor after the trigger that is not the source and not a cited authority. */
  private Argument linearTarget(int t, Argument source) {
    int after = tree.token(t).span().end();
    for (ActorMention m : mentions) {
      if (m.span().start() >= after && !isSource(m, source) && !inAttribution(m) && !isPlace(m)) {
        return new Argument(List.of(m), "target.linear");
      }
    }
    return Argument.NONE;
  }

  /** The actor(s) of the phrase headed by h, expanded over its conjuncts. */
  private Argument argument(int h, String rule) {
    List<ActorMention> actors = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    heads.add(h);
    heads.addAll(conjuncts(h));
    String how = rule;
    for (int head : heads) {
      List<ActorMention> coordinated = resolver.actorsAt(head);
      if (coordinated.size() > 1) {
        actors.addAll(coordinated);
        continue;
      }
      Optional<ActorMention> a = resolver.actorAt(head);
      if (a.isEmpty()) {
        a = resolver.ownerOf(head);
      }
      if (a.isEmpty()) {
        a = memory.resolve(tree, head);
        if (a.isPresent()) {
          how = rule + "+anaphor(sentence " + memory.lastSentence() + ")";
        }
      }
      a.ifPresent(actors::add);
    }
    return actors.isEmpty() ? Argument.NONE : new Argument(shareSector(actors, heads), how);
  }

  /**
   * "Thai and Cambodian troops": the sector noun after the last conjunct belongs to the bare
   * nationality adjectives before it too (THAMIL, KHMMIL).
   */
  private List<ActorMention> shareSector(List<ActorMention> actors, List<Integer> heads) {
    if (actors.size() < 2 || actors.size() != heads.size()) {
      return actors;
    }
    String sector = actors.get(actors.size() - 1).actor().agent();
    if (sector.isEmpty()) {
      return actors;
    }
    List<ActorMention> shared = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      ActorMention m = actors.get(i);
      boolean bareAdjective = m.actor().agent().isEmpty() && resolver.isDemonym(heads.get(i));
      shared.add(bareAdjective ? new ActorMention(Actor.of(m.actor().country(), sector, m.actor().name()), m.text(), m.span()) : m);
    }
    return shared;
  }

  private List<Integer> conjuncts(int h) {
    List<Integer> all = new ArrayList<>();
    for (int c : tree.children(h, "conj")) {
      if (!tree.token(c).isVerb()) {
        all.add(c);
        all.addAll(conjuncts(c));
      }
    }
    return all;
  }

  private boolean isPassive(int t) {
    return tree.child(t, "nsubj:pass") >= 0 || tree.child(t, "aux:pass") >= 0;
  }

  /** Verbal acts (statements, appeals, intents, consultations, demands, criticism, threats). */
  private static boolean isVerbal(Trigger trigger) {
    int root = Integer.parseInt(trigger.entry().code().root());
    return root <= 5 || (root >= 9 && root <= 13);
  }

  private String baseRelation(int node) {
    String r = tree.relation(node);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  private boolean inside(ActorMention m, int clause) {
    var sub = tree.subtree(clause);
    for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
      if (tree.token(i).span().start() == m.span().start()) {
        return true;
      }
    }
    return false;
  }

  /** "in Moscow", "near Kharkiv": a place where something happened is not its target. */
  private boolean isPlace(ActorMention m) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).span().end() == m.span().end()) {
        return LOCATIVE.contains(tree.preposition(i));
      }
    }
    return false;
  }

  /** Inside "according to …", or the speaker of a reporting verb ("…, a Jordanian official confirmed"). */
  private boolean inAttribution(ActorMention m) {
    for (int i = 0; i < tree.size(); i++) {
      boolean cited = tree.preposition(i).equals("accord to")
          || (tree.is(i, "nsubj") && tree.head(i) >= 0 && ModalityAnalyzer.REPORTING.contains(tree.lemma(tree.head(i))));
      if (cited && inside(m, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSource(ActorMention m, Argument source) {
    for (ActorMention s : source.actors()) {
      if (s.span().equals(m.span()) || s.span().contains(m.span()) || m.span().contains(s.span())) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Argument a, Argument b) {
    return !b.isEmpty() && a.actors().get(0).actor().code().equals(b.actors().get(0).actor().code());
  }
}
