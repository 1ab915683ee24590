package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * Target rules that look beyond the trigger's phrases, into other clauses and word order: the
 * claimant a denial answers, the subject or actor of a reported clause ("warned that NATO …"), a
 * comment's topic, the aim of a protest, the parties of a modified phrase, and, last, the nearest
 * actor after the trigger ({@code target.linear}). One instance per sentence.
 */
final class ClauseTargets {
  /** Verbs of a claim a denial answers: "as witnesses claimed". */
  private static final Set<String> CLAIMING = Set.of("allege", "claim", "say", "report", "charge", "accuse", "insist", "assert");
  /** Nouns of a claim: "rejecting claims by the opposition". */
  private static final Set<String> CLAIMS = Set.of("claim", "allegation", "accusation", "report", "charge", "assertion");
  /** Prepositions of a comment's topic: "concern over Russia's build-up". */
  private static final Set<String> COMMENT_TOPICS = Set.of("about", "over", "on", "regarding", "concerning", "at");

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final MentionFilters filters;
  private final List<ActorMention> mentions;

  ClauseTargets(DependencyTree tree, ActorResolver resolver, PhraseActors phraseActors, MentionFilters filters,
      List<ActorMention> mentions) {
    this.tree = tree;
    this.resolver = resolver;
    this.phraseActors = phraseActors;
    this.filters = filters;
    this.mentions = mentions;
  }

  /** What two parties make together, which a third brokers, mediates or hosts: "talks mediated by Qatar". */
  private static final Set<String> JOINT_THINGS = Set.of("talk", "talks", "ceasefire", "truce", "deal", "agreement", "accord",
      "negotiation", "negotiations", "meeting", "dialogue", "process", "summit", "exchange", "swap", "pact", "treaty");

  /**
   * "agreed to a ceasefire in talks mediated by Qatar": the parties an act on a modified noun
   * serves are the subject of the clause that noun belongs to.
   */
  Argument partiesOfTheModified(int t, Argument source) {
    // "talks mediated by Qatar", "an explosive drone launched by Hezbollah" (its launcher acts on whom it struck); not "a
    // pension reform backed by the government", which serves no party
    if (tree.head(t) < 0 || !(JOINT_THINGS.contains(tree.lemma(tree.head(t))) || ArgumentWords.WEAPONS.contains(tree.lemma(tree.head(t))))) {
      return Argument.NONE;
    }
    int node = tree.head(t);
    for (int steps = 0; node >= 0 && steps < 3 && (tree.token(node).isNoun()); steps++) {
      node = tree.head(node);
    }
    int subject = node >= 0 ? tree.child(node, "nsubj") : -1;
    if (subject < 0) {
      return Argument.NONE;
    }
    Argument parties = phraseActors.argument(subject, "target.parties-of-the-modified-phrase");
    List<ActorMention> others = parties.actors().stream().filter(a -> !source.actors().contains(a)).toList();
    return others.isEmpty() ? Argument.NONE : new Argument(others, parties.rule());
  }

  /**
   * Whom a denial answers: "denied that soldiers fired on protesters, as witnesses claimed",
   * "denied torturing activists, rejecting claims by the opposition", "denied the allegations by
   * Human Rights Watch", "responding to accusations from prosecutors", "calling a U.N. report lies". NONE when the sentence names no claimant.
   */
  Argument claimant(int t) {
    List<Integer> clauses = new ArrayList<>(List.of(t));
    clauses.addAll(tree.children(t, "ccomp", "xcomp"));
    for (int clause : clauses) {
      for (int c : tree.children(clause, "advcl")) {
        int mark = tree.child(c, "mark");
        int subject = tree.child(c, "nsubj");
        if (mark >= 0 && tree.lemma(mark).equals("as") && CLAIMING.contains(tree.lemma(c)) && subject >= 0) {
          Argument a = phraseActors.argument(subject, "target.claimant");
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    List<Integer> claims = new ArrayList<>(tree.children(t, "obj"));
    List<Integer> answering = new ArrayList<>(tree.children(t, "advcl", "xcomp", "dep", "conj"));
    for (int clause : tree.children(t, "ccomp")) {
      answering.addAll(tree.children(clause, "advcl")); // "denied that …, dismissing claims by …", hung on the denied clause
    }
    for (int c : answering) {
      claims.addAll(tree.children(c, "obj"));
      tree.children(c, "obl").stream().filter(o -> Set.of("to", "over").contains(tree.preposition(o))).forEach(claims::add);
    }
    for (int claim : claims) {
      Optional<ActorMention> a = claimer(claim);
      if (a.isPresent()) {
        return new Argument(List.of(a.get()), "target.claimant");
      }
    }
    // (the parser may hang "…, dismissing claims by Kosovo's prime minister" anywhere: a claim "by" or "from" someone
    // in the denial's sentence is the one it answers)
    var below = tree.subtree(t);
    for (int claim = below.nextSetBit(0); claim >= 0; claim = below.nextSetBit(claim + 1)) {
      Optional<ActorMention> a = claimer(claim);
      if (a.isPresent()) {
        return new Argument(List.of(a.get()), "target.claimant");
      }
    }
    return Argument.NONE;
  }

  /** Who made the claim a noun names: "claims by the opposition", "accusations from prosecutors", "a U.N. report". */
  private Optional<ActorMention> claimer(int claim) {
    if (!CLAIMS.contains(tree.lemma(claim))) {
      return Optional.empty();
    }
    for (int c : tree.children(claim, "nmod:poss", "nmod", "compound")) {
      boolean owner = !tree.is(c, "nmod") || Set.of("by", "from").contains(tree.preposition(c));
      Optional<ActorMention> a = owner ? resolver.actorAt(c) : Optional.empty();
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  /**
   * "Critics argue that such concessions would …", "demanded that Russia withdraw": the reported
   * clause. A threat is aimed at whom the threatened act would strike, not at its doer: "warned that
   * its fighters would storm El Obeid" is aimed inside the clause, past the speaker's own fighters.
   */
  Argument reportedTarget(int t, Argument source, boolean threat) {
    for (int clause : tree.children(t, "ccomp", "xcomp")) {
      int subject = tree.child(clause, "nsubj");
      boolean own = threat && subject >= 0 && ownSide(subject);
      boolean suffers = SUFFERING.contains(tree.lemma(clause).toLowerCase(java.util.Locale.ROOT)) || tree.child(clause, "cop") >= 0;
      if (subject >= 0 && (!threat || suffers)) {
        Argument a = phraseActors.argument(subject, "target.reported-subject");
        if (!a.isEmpty() && !MentionFilters.same(a, source)) {
          return a;
        }
      }
      for (ActorMention m : mentions) {
        if (filters.inside(m, clause) && !MentionFilters.isSource(m, source) && !filters.inAttribution(m)
            && !(own && filters.inside(m, subject)) && !sourcesOwnThing(m, source)) {
          return new Argument(List.of(m), "target.reported-clause");
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "threatened to cut off all future US funding to South Africa": see {@link ArgumentWords#sourcesOwnThing};
   * not a plural of people ("a meeting of Palestinian factions").
   */
  private boolean sourcesOwnThing(ActorMention m, Argument source) {
    int head = phraseActors.headOf(m);
    return head >= 0 && !tree.token(head).pos().startsWith("NNS") && ArgumentWords.sourcesOwnThing(tree, head, List.of(m), source);
  }

  /**
   * "The UN warned that the RSF was preparing an assault", "aid agencies warned that an Israeli
   * invasion could displace thousands": a warning that someone else may act is no threat by the
   * speaker (13 is the speaker's own threat), so it is aimed at no one.
   */
  boolean warnsOfOthers(int t, Argument source) {
    for (int clause : tree.children(t, "ccomp", "xcomp")) {
      int subject = tree.child(clause, "nsubj");
      // ("warned that NATO would face serious consequences": one who would suffer the threat is its target)
      boolean suffers = SUFFERING.contains(tree.lemma(clause).toLowerCase(java.util.Locale.ROOT)) || tree.child(clause, "cop") >= 0;
      if (subject >= 0 && !ownSide(subject) && !suffers) {
        Argument a = phraseActors.argument(subject, "target.reported-subject");
        if (!a.isEmpty() && !MentionFilters.same(a, source)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs whose subject undergoes what is threatened. */
  private static final Set<String> SUFFERING = Set.of("face", "pay", "suffer", "regret", "bear", "receive", "feel", "lose");

  /** "its fighters", "their forces", "they": the speaker's own side, told by a pronoun. */
  private boolean ownSide(int subject) {
    int owner = tree.child(subject, "nmod:poss");
    String word = tree.word(owner >= 0 ? owner : subject).toLowerCase(java.util.Locale.ROOT);
    return Set.of("its", "their", "his", "her", "our", "we", "they", "it", "he", "she").contains(word);
  }

  /**
   * "pessimistic about the chances of a deal with Hamas", "expressed concern over Russia's
   * build-up": a comment's target is whom its topic is about (CAMEO codes the comment with its
   * target, not as a bare statement).
   */
  Argument commentTopic(Trigger trigger, Argument source) {
    int t = trigger.token();
    List<Integer> topics = new ArrayList<>(tree.children(t, "obl", "nmod"));
    int object = tree.child(t, "obj");
    if (object >= 0) {
      topics.addAll(tree.children(object, "nmod")); // "expressed concern about …"
    }
    for (int c : topics) {
      if (!COMMENT_TOPICS.contains(tree.preposition(c))) {
        continue;
      }
      for (ActorMention m : mentions) {
        if (filters.inside(m, c) && !MentionFilters.isSource(m, source) && !filters.inAttribution(m)) {
          return new Argument(List.of(m), "target.topic-" + tree.preposition(c));
        }
      }
    }
    return Argument.NONE;
  }

  /** The first actor after the trigger that is not the source, a cited authority or a topic, with its conjuncts. */
  Argument linearTarget(Trigger trigger, Argument source) {
    int after = tree.token(trigger.token()).span().end();
    for (ActorMention m : mentions) {
      if (m.span().start() >= after && !MentionFilters.isSource(m, source) && !filters.inAttribution(m) && !filters.isPlace(m) && !filters.inTopic(m, trigger)
          && !(ActKinds.isJoint(trigger) && filters.agentOfAnotherAct(m, trigger.token()))) {
        // "brokered a deal between Rwanda and Congo": the first actor with those coordinated with it
        int head = phraseActors.headOf(m);
        Argument all = head >= 0 && !tree.children(head, "conj").isEmpty() ? phraseActors.argument(head, "target.linear") : Argument.NONE;
        boolean ownsNone = all.actors().stream().noneMatch(a -> MentionFilters.isSource(a, source));
        return all.actors().size() > 1 && ownsNone ? all : new Argument(List.of(m), "target.linear");
      }
    }
    return Argument.NONE;
  }

  /**
   * The target of a protest named in its purpose ("… to protest the French government's
   * policies", "demanding the resignation of Serbia's government", "against a bill backed by the
   * Georgian government"), or in the protesters' own phrase ("protesters demanding independence
   * from France"): the first actor in such a clause that is not the protesters.
   */
  /**
   * "demanding the release of Imran Khan", "the return of Kizza Besigye", "to protest the detention
   * of Mayor Ekrem Imamoglu": one whose freedom a protest demands, or to whom the act it opposes was
   * done, is for whom it marches, not whom it opposes.
   */
  private boolean beneficiary(ActorMention m) {
    int head = phraseActors.headOf(m);
    int owner = head < 0 ? -1 : tree.head(head);
    boolean ofIt = head >= 0 && (tree.is(head, "nmod") && tree.preposition(head).equals("of") || tree.is(head, "nmod:poss"));
    String act = owner < 0 ? "" : tree.lemma(owner).toLowerCase(java.util.Locale.ROOT);
    return ofIt && (ArgumentWords.BENEFITS.contains(act) || ArgumentWords.ACTS_ON_PEOPLE.contains(act) && tree.is(head, "nmod"));
  }

  Argument protestAim(Trigger trigger, Argument source) {
    List<Integer> clauses = new ArrayList<>(tree.children(trigger.token(), "advcl", "xcomp", "acl", "obj", "dep"));
    int subject = tree.child(trigger.token(), "nsubj");
    if (subject >= 0) {
      var inSubject = tree.subtree(subject);
      for (int i = inSubject.nextSetBit(0); i >= 0; i = inSubject.nextSetBit(i + 1)) {
        if (tree.is(i, "acl")) {
          clauses.add(i); // "protesters demanding independence from France rioted"
        }
      }
    }
    for (int i = 0; i < tree.size(); i++) {
      if ((tree.is(i, "obl") || tree.is(i, "nmod")) && tree.preposition(i).equals("against")) {
        clauses.add(i); // "rallied for a third night against the government's course"
      }
    }
    for (int c : clauses) {
      for (ActorMention m : mentions) {
        if (filters.inside(m, c) && !MentionFilters.isSource(m, source) && !filters.isPlace(m) && !m.actor().country().isEmpty()
            && !beneficiary(m) && !MentionFilters.withinAnother(m, mentions)) {
          return new Argument(List.of(m), "target.protest-aim");
        }
      }
    }
    return Argument.NONE;
  }
}
