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
  private static final Set<String> RECIPROCAL_WORDS = Set.of("swap", "exchange", "clash", "trade", "skirmish", "fight");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "throughout");
  private static final Set<String> CONTROL = Set.of("xcomp", "acl", "advcl", "conj", "ccomp", "obj", "obl", "nmod");
  /** Prepositions of a topic, never of a target: "talks about military aid to Ukraine". */
  private static final Set<String> TOPICS = Set.of("about", "regarding", "concerning", "on behalf of");
  /** Prepositions that name a topic of cooperative event nouns (roots 01–08): "talks on Ukraine", "talks over the border". */
  private static final Set<String> COOPERATIVE_TOPICS = Set.of("about", "regarding", "concerning", "on behalf of", "on", "over", "for");
  /** Head nouns of settlements, whose "of" phrase is the place: "the city of Sumy". */
  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "region", "province", "district", "capital",
      "port", "area", "oblast", "state", "county", "municipality", "suburb", "outskirts", "neighbourhood", "neighborhood", "settlement");
  /** Head nouns of military targets, whose "near"/"around"/"outside" phrase is the place: "positions near Bakhmut". */
  private static final Set<String> POSITIONS = Set.of("position", "positions", "outpost", "outposts", "base", "bases", "target",
      "targets", "trenches", "line", "lines", "frontline", "checkpoint", "checkpoints");
  /** Pronouns that stand for an actor named before: "Hungary has said it will support …". */
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "them", "him", "her");

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

  Argument source(Trigger trigger, ModalityReading modality) {
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
      Argument direct = directTarget(trigger, source);
      if (!direct.isEmpty()) {
        return direct;
      }
      Argument envoys = foreignTheme(trigger, source);
      if (!envoys.isEmpty()) {
        return envoys;
      }
      if (hasTheme(trigger)) {
        // "recalled its ambassadors from Algeria": what is moved goes to or from the target.
        prepositions = union(prepositions, Set.of("from", "out of"));
      }
    }
    for (int c : tree.children(t, "obl", "nmod")) {
      if (prepositions.contains(tree.preposition(c)) && !topics(trigger).contains(tree.preposition(c))) {
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
    Argument linear = trigger.entry().nominal() || isVerbal(trigger) ? linearTarget(trigger, source) : Argument.NONE;
    if (linear.isEmpty() && !isVerbal(trigger) && !trigger.entry().nominal()) {
      linear = purposeObject(t);
    }
    return linear.isEmpty() && joint ? reciprocal(source) : linear;
  }

  /** "fired tear gas to disperse protesters": a material act aimed through its purpose clause. */
  private Argument purposeObject(int t) {
    for (int c : tree.children(t, "xcomp", "advcl")) {
      int mark = tree.child(c, "mark");
      int object = tree.child(c, "obj");
      if (mark >= 0 && tree.lemma(mark).equals("to") && object >= 0) {
        Argument a = argument(object, "target.purpose-object");
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
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

  /**
   * "Britain expelled Russian diplomats": an object the entry names (with=diplomat) that is
   * another country's government (its envoys) is the party acted upon.
   */
  private Argument foreignTheme(Trigger trigger, Argument source) {
    int object = tree.child(trigger.token(), "obj");
    if (object < 0 || !hasTheme(trigger) || source.isEmpty()) {
      return Argument.NONE;
    }
    Optional<ActorMention> owner = resolver.actorAt(object);
    String country = owner.map(o -> o.actor().country()).orElse("");
    boolean foreign = country.length() == 3 && owner.get().actor().agent().equals("GOV")
        && source.actors().stream().noneMatch(a -> a.actor().country().equals(country));
    return foreign ? new Argument(List.of(owner.get()), "target.object-envoys") : Argument.NONE;
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

  /** A common noun whose only actor is a country modifier, the source's own country: "US assistance" for Trump. */
  private boolean ownModifier(int head, Argument a, Argument source) {
    String noun = tree.lemma(head);
    if (a.isEmpty() || tree.token(head).isProperNoun() || SETTLEMENTS.contains(noun) || POSITIONS.contains(noun)
        || Set.of("territory", "land", "border", "soil", "airspace", "waters").contains(noun)) {
      return false;
    }
    return a.actors().stream().allMatch(m -> m.actor().agent().isEmpty()
        && source.actors().stream().anyMatch(s -> s.actor().country().equals(m.actor().country())));
  }

  private Argument directTarget(Trigger trigger, Argument source) {
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
      // "send troops to Syria": an object the entry names (with=troops) is what is given, not whom;
      // "put its forces on alert": the source's own, not a target.
      if (c >= 0 && !trigger.entry().conditions().with().contains(tree.lemma(c)) && !ownedByPronoun(c)) {
        Argument a = argument(c, "target." + (relation.equals("obj") ? "object" : "indirect-object"));
        if (ownModifier(c, a, source)) {
          continue; // "halting all US economic assistance to Colombia": the aid is the source's own
        }
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

  /** "its forces", "their own troops": a phrase the source owns. */
  private boolean ownedByPronoun(int h) {
    for (int c : tree.children(h, "nmod:poss")) {
      if (tree.token(c).pos().equals("PRP$")) {
        return true;
      }
    }
    return false;
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

  /** The first actor after the trigger that is not the source, a cited authority or a topic. */
  private Argument linearTarget(Trigger trigger, Argument source) {
    int after = tree.token(trigger.token()).span().end();
    for (ActorMention m : mentions) {
      if (m.span().start() >= after && !isSource(m, source) && !inAttribution(m) && !isPlace(m) && !inTopic(m, trigger)) {
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
      List<ActorMention> referred = memory.reference(tree, head, a);
      if (!referred.isEmpty()) {
        // "the ministry said …", "the group claimed …", "the two sides agreed …": an earlier sentence's actor
        actors.addAll(referred);
        how = rule + "+reference(sentence " + memory.recentSentence() + ")";
        continue;
      }
      if (a.isEmpty()) {
        a = resolver.ownerOf(head);
      }
      if (a.isEmpty()) {
        a = memory.resolve(tree, head);
        if (a.isPresent()) {
          how = rule + "+anaphor(sentence " + memory.lastSentence() + ")";
        }
      }
      if (a.isEmpty() && PRONOUNS.contains(tree.word(head).toLowerCase(java.util.Locale.ROOT))) {
        a = antecedent(head);
        if (a.isPresent() && a.get().actor().country().isEmpty()) {
          // "The ministry said it would …": the antecedent is itself a short reference
          int at = headOf(a.get());
          List<ActorMention> back = at < 0 ? List.of() : memory.reference(tree, at, a);
          a = back.size() == 1 ? Optional.of(back.get(0)) : a;
        }
        if (a.isPresent()) {
          how = rule + "+pronoun";
        } else {
          a = memory.lastSubject();
          if (a.isPresent()) {
            how = rule + "+pronoun(sentence " + memory.lastSubjectSentence() + ")";
          }
        }
      }
      if (a.isEmpty() && rule.startsWith("target.") && tree.token(head).pos().equals("CD")) {
        // "five were killed in police firing", "over 50 were detained": people, counted
        a = Optional.of(new ActorMention(Actor.of("", "CVL", "people"), tree.word(head), tree.token(head).span()));
      }
      if (a.isEmpty() && rule.startsWith("target.") && actors.isEmpty() && heads.size() == 1) {
        Optional<ActorResolver.PlaceActor> place = placeTarget(head);
        if (place.isPresent()) {
          return new Argument(List.of(place.get().mention()), rule + "+place", Optional.of(place.get().place()));
        }
      }
      a.ifPresent(actors::add);
    }
    return actors.isEmpty() ? Argument.NONE : new Argument(shareSector(actors, heads), how);
  }

  /**
   * A place acted upon: the phrase itself ("shelled Kharkiv"), the place of a settlement noun
   * ("the city of Sumy", "villages around Nabatieh") or of a military position ("positions near
   * Bakhmut"); never a place that
   * only says where something else stands ("talks in Miami").
   */
  private Optional<ActorResolver.PlaceActor> placeTarget(int head) {
    Optional<ActorResolver.PlaceActor> self = resolver.placeAt(head);
    if (self.isPresent()) {
      return self;
    }
    String noun = tree.lemma(head);
    for (int c : tree.children(head, "nmod")) {
      String p = tree.preposition(c);
      boolean locative = Set.of("near", "around", "outside", "in").contains(p);
      boolean settlement = (p.equals("of") || locative) && SETTLEMENTS.contains(noun);
      boolean position = locative && POSITIONS.contains(noun);
      if (settlement || position) {
        Optional<ActorResolver.PlaceActor> place = resolver.placeAt(c);
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** The token that ends a mention, its phrase head in this tree, or -1. */
  private int headOf(ActorMention m) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).span().end() == m.span().end()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What a pronoun refers to within its sentence: the subject actor of an earlier clause ("Hungary
   * has said it will support …"), else the nearest actor before it.
   */
  private Optional<ActorMention> antecedent(int pronoun) {
    int at = tree.token(pronoun).span().start();
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      if (m.span().end() > at) {
        break;
      }
      for (int i = 0; i < tree.size(); i++) {
        if (tree.token(i).span().end() == m.span().end() && tree.is(i, "nsubj") && i != pronoun) {
          return Optional.of(m);
        }
      }
      nearest = m;
    }
    return Optional.ofNullable(nearest);
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

  /**
   * For a passive verb with no "by" agent ("20 people were arrested", "two soldiers were killed in
   * a Hamas ambush"): the actor of an event noun in its "in"/"during" phrase ("a Hamas ambush",
   * "police firing"), else an empty argument; {@code null} when the verb is not an agentless
   * passive, so that no actor may be implied.
   */
  Argument agentlessSource(Trigger trigger) {
    int t = trigger.token();
    if (trigger.entry().nominal() || !isPassive(t)) {
      return null;
    }
    for (int c : tree.children(t, "obl")) {
      if (tree.preposition(c).equals("by")) {
        return null;
      }
    }
    for (int c : tree.children(t, "obl")) {
      if (Set.of("in", "during", "amid").contains(tree.preposition(c))) {
        for (int m : tree.children(c, "compound", "amod", "nmod:poss", "nmod")) {
          boolean by = tree.is(m, "nmod") && tree.preposition(m).equals("by"); // "an air strike by government forces"
          Optional<ActorMention> a = tree.is(m, "nmod") && !by ? Optional.empty() : resolver.actorAt(m);
          if (a.isPresent()) {
            return new Argument(List.of(a.get()), "source.event-noun-modifier");
          }
        }
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
        if (inside(m, c) && !isSource(m, source) && !isPlace(m) && !m.actor().country().isEmpty()) {
          return new Argument(List.of(m), "target.protest-aim");
        }
      }
    }
    return Argument.NONE;
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

  /** The topic prepositions of an act: "about" never names a target, and "on", "over", "for" do not after talks or deals. */
  private static Set<String> topics(Trigger trigger) {
    return trigger.entry().nominal() && Integer.parseInt(trigger.entry().code().root()) <= 8 ? COOPERATIVE_TOPICS : TOPICS;
  }

  /** Inside a topic phrase of the act ("about military aid to Ukraine"): a bystander, not the target. */
  private boolean inTopic(ActorMention m, Trigger trigger) {
    Set<String> topics = topics(trigger);
    for (int i = 0; i < tree.size(); i++) {
      if ((tree.is(i, "nmod") || tree.is(i, "obl")) && topics.contains(tree.preposition(i)) && inside(m, i)) {
        return true;
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
