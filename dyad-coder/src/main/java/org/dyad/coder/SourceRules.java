package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.BLASTS;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;
import static org.dyad.coder.ArgumentWords.RECIPROCAL_WORDS;
import static org.dyad.coder.ArgumentWords.STATE_SECTORS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * Finds an event's source: for verbs the subject (or a controlling verb's subject, or the "by" agent
 * of a passive); for event nouns the possessor, "by" phrase, the parties "between" whom it happened,
 * an actor modifier or a light verb's subject; for agentless passives the actor of an event noun
 * in their "in"/"during" phrase. Also reads protesting nationals as the country's people. The rules
 * are tried in the order written. One instance per sentence.
 */
final class SourceRules {
  /** Mishaps and private quarrels that kill or wound with no one acting for a party: "killed in a road accident", "injured in the altercation". */
  private static final Set<String> ACCIDENTS = Set.of("accident", "crash", "collision", "fire", "blaze", "flood", "flooding",
      "landslide", "earthquake", "stampede", "storm", "cyclone", "collapse", "altercation", "brawl", "scuffle", "quarrel", "fall",
      "mishap", "avalanche", "mudslide", "rockfall", "drowning");
  /** Verbs of a mishap, which tell a death with no one who caused it: "killed when their helicopter crashed". */
  private static final Set<String> MISHAPS = Set.of("crash", "collapse", "capsize", "overturn", "derail", "sink", "catch", "burn",
      "flood", "fall");
  /** Relations through which a verb takes the subject of the verb that governs it: "is exploring … to mediate". */
  private static final Set<String> CONTROL = Set.of("xcomp", "acl", "advcl", "conj", "ccomp", "obj", "obl", "nmod");

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final WeaponRules weapons;
  private final List<ActorMention> mentions;

  SourceRules(DependencyTree tree, ActorResolver resolver, PhraseActors phraseActors, WeaponRules weapons,
      List<ActorMention> mentions) {
    this.tree = tree;
    this.resolver = resolver;
    this.phraseActors = phraseActors;
    this.weapons = weapons;
    this.mentions = mentions;
  }

  /** The source of the event word; the modality's governor stands in for a verb with no subject ("denied attacking"). */
  Argument source(Trigger trigger, ModalityReading modality) {
    int t = trigger.token();
    if (trigger.entry().nominal()) {
      return nominalSource(trigger);
    }
    if (weapons.vehicleSetOff(t)) {
      return Argument.NONE; // "a police vehicle hit a roadside bomb": its people were struck, by no one named
    }
    // "talks mediated by Qatar"; "three Ukrainians captured in Kursk", whose captor goes unnamed
    boolean passiveModifier = tree.is(t, "acl") && tree.token(t).pos().equals("VBN") && tree.child(t, "obj") < 0;
    if (tree.isPassive(t) || passiveModifier) {
      int agent = tree.byAgent(t);
      return agent >= 0 ? phraseActors.argument(agent, "source.passive-agent") : Argument.NONE;
    }
    if (tree.token(t).pos().equals("VBG") && tree.child(t, "nsubj") < 0 && RECIPROCAL_WORDS.contains(tree.lemma(t))) {
      // "Fighting between Fano militiamen and federal forces … killed 30": a gerund used as the noun
      for (int c : tree.children(t, "nmod", "obl")) {
        Argument parties = tree.preposition(c).equals("between") ? phraseActors.argument(c, "source.between") : Argument.NONE;
        if (parties.actors().size() > 1) {
          return parties;
        }
      }
    }
    if (tree.is(t, "amod") && tree.lemma(t).equals("strike") && tree.token(t).pos().equals("VBG") && tree.head(t) >= 0) {
      return phraseActors.argument(tree.head(t), "source.striking-noun"); // "striking doctors"
    }
    // "denied attacking": the denier; "denied that security forces fired": the act's own subject
    int start = modality.governor() >= 0 && tree.child(t, "nsubj") < 0 ? modality.governor() : t;
    for (int node = start, steps = 0; node >= 0 && steps < tree.size(); steps++) {
      int subject = tree.subject(node);
      if (subject >= 0) {
        Argument found = phraseActors.argument(subject, node == t ? "source.subject" : "source.controller-subject");
        return node == t ? withListedHead(t, subject, found) : found;
      }
      if (node != t && tree.token(node).isNoun()) {
        Optional<ActorMention> owner = resolver.ownerOf(node);
        if (owner.isPresent()) {
          return new Argument(List.of(owner.get()), "source.owner-of-" + tree.lemma(node));
        }
      }
      boolean participle = baseRelation(node).equals("dep") && tree.token(node).pos().equals("VBG");
      node = tree.isCommaParticiple(node) ? tree.participleHead(node)
          : CONTROL.contains(baseRelation(node)) || participle ? tree.head(node) : -1;
    }
    return Argument.NONE;
  }

  /**
   * "India, Pakistan trade fire along Line of Control", parsed with "India" the root and the verb its
   * conjunct: a headline list's first member, named before the verb's own subject, is a subject too.
   */
  private Argument withListedHead(int verb, int subject, Argument found) {
    int head = tree.head(verb);
    if (found.isEmpty() || !tree.is(verb, "conj") || head < 0 || head > subject || !tree.token(head).isProperNoun()) {
      return found;
    }
    Optional<ActorMention> listed = resolver.actorAt(head);
    if (listed.isEmpty() || found.actors().stream().anyMatch(a -> a.span().equals(listed.get().span()))) {
      return found;
    }
    List<ActorMention> both = new ArrayList<>(List.of(listed.get()));
    both.addAll(found.actors());
    return new Argument(both, found.rule() + "+listed-before", found.place());
  }

  /** Verbs whose "of" or "for" clause tells the act they charge their object with: "accused X of attacking", "arrested X for killing". */
  private static final Set<String> CHARGING = Set.of("accuse", "blame", "charge", "suspect", "convict", "indict", "arrest",
      "detain", "sentence", "jail", "punish", "fault", "register", "book", "fine", "prosecute", "sue");

  /** Nouns of charges, whose "for" or "of" gerund tells the act charged: "a case against 50 traders for blocking". */
  private static final Set<String> CHARGES = Set.of("case", "charge", "complaint", "lawsuit", "suit", "warrant", "fine", "penalty",
      "accusation", "allegation", "conviction", "sentence");

  /**
   * The verb of charging whose "of"/"for" gerund clause the act is ("accused the RSF of shelling a
   * camp", "jailed a blogger for insulting the president"), or of the act whose participle the
   * trigger is ("…, killing 15 people"): the act is only what the charge alleges, and the charge is
   * the event; -1 otherwise.
   */
  int chargeOf(int t) {
    int head = tree.head(t);
    boolean charging = tree.is(t, "advcl") && CHARGING.contains(tree.lemma(head)) // "accused X of shelling"
        || tree.is(t, "acl") && CHARGES.contains(tree.lemma(head)); // "registered a case against 50 traders for blocking"
    boolean charged = head >= 0 && charging && tree.token(t).pos().equals("VBG")
        && (tree.hasChild(t, "mark", Set.of("of", "for")) || tree.hasChild(t, "case", Set.of("of", "for")));
    if (!charged && head >= 0 && tree.token(t).pos().equals("VBG") && tree.head(head) >= 0) {
      return chargeOf(head); // "…, killing 15 people": the toll of the alleged act is alleged too
    }
    return charged ? head : -1;
  }

  /** "clashes between protesters and police": the protest is the protesters', not the police's. */
  private static Argument protesting(Argument parties) {
    List<ActorMention> protesters = parties.actors().stream().filter(a -> !STATE_SECTORS.contains(a.actor().agent())).toList();
    return protesters.isEmpty() || protesters.size() == parties.actors().size() ? parties
        : new Argument(protesters, parties.rule(), parties.place());
  }

  /** Participles whose agent did the act the noun names: "an attack claimed by", "an offensive led by". */
  private static final Set<String> PERPETRATING = Set.of("claim", "carry", "launch", "conduct", "stage", "lead", "organise",
      "organize", "order", "mount", "perpetrate", "commit");
  /**
   * Forces and armed groups whose name before an event noun makes them its actor even with no
   * country: "a police raid", "army shelling", "a gang attack", "a rebel attack".
   */
  private static final Set<String> MODIFYING_FORCES = Set.of("MIL", "COP", "CRM", "REB", "INS", "SEP");

  private Argument nominalSource(Trigger trigger) {
    int t = trigger.token();
    int poss = tree.child(t, "nmod:poss");
    Argument possessor = poss >= 0 ? phraseActors.argument(poss, "source.possessive") : Argument.NONE;
    if (!possessor.isEmpty()) {
      return possessor; // "Sunday's Russian missile strike": a date owns nothing, so read on
    }
    var below = tree.subtree(t);
    for (int c = below.nextSetBit(0); c >= 0; c = below.nextSetBit(c + 1)) {
      if (c != t && tree.is(c, "nmod") && tree.preposition(c).equals("by")) {
        return phraseActors.argument(c, "source.by");
      }
      // "a bombing claimed by Islamic State", "an offensive led by the army": the agent of a participle on the noun
      if (tree.is(c, "obl") && tree.preposition(c).equals("by") && tree.head(c) >= 0 && tree.head(tree.head(c)) == t
          && tree.isPassiveModifier(tree.head(c)) && PERPETRATING.contains(tree.lemma(tree.head(c)))) {
        return phraseActors.argument(c, "source.by-participle");
      }
    }
    // "clashes between the army and the RSF": the parties act on each other (the target is reciprocal);
    // "clashes broke out between the army and the RSF": the parties hang on the predicate of the act noun
    for (int c : betweenPhrases(t)) {
      Argument parties = phraseActors.argument(c, "source.between");
      // (parties of one code are no two sides: "clashes between farmers and herders", both AGR, are communal fighting)
      boolean twoSides = parties.actors().stream().map(a -> a.actor().code()).distinct().count() > 1;
      if (parties.actors().size() > 1 && twoSides) {
        return trigger.entry().code().root().equals("14") ? protesting(parties) : parties;
      }
    }
    Argument modifier = modifierSource(t);
    if (modifier.actors().stream().anyMatch(a -> !a.actor().country().isEmpty())) {
      return modifier;
    }
    // "Jawhar Ben Mbarek has been on hunger strike", "doctors are on strike": the subject of a predicate "on" the act
    int onIt = tree.child(t, "case");
    if (tree.child(t, "cop") >= 0 && onIt >= 0 && tree.lemma(onIt).equals("on") && tree.child(t, "nsubj") >= 0) {
      return phraseActors.argument(tree.child(t, "nsubj"), "source.copular-subject");
    }
    Argument before = linearPossessor(t);
    Argument subject = before.isEmpty() ? lightVerbSubject(t, trigger) : before;
    Argument found = subject.isEmpty() ? modifier : subject; // "a police raid": a force of no country, last
    return found.isEmpty() && trigger.entry().code().root().equals("14") && dispersed(t)
        ? phraseActors.holders(t, "source.holders-of-the-dispersed-gathering") : found;
  }

  /** Verbs of force that end a gathering: "dispersed a demonstration", "broke up a march", "quelled the protest". */
  private static final Set<String> DISPERSING = Set.of("disperse", "break", "teargas", "tear-gas", "quell", "crush", "suppress");

  /** Whether the event noun is the object of a verb of force that ends it ("police broke up a march by teachers"). */
  private boolean dispersed(int t) {
    int verb = tree.head(t);
    return tree.is(t, "obj") && verb >= 0 && DISPERSING.contains(tree.lemma(verb).toLowerCase(java.util.Locale.ROOT))
        && (!tree.lemma(verb).equals("break") || tree.children(verb, "compound:prt").stream().anyMatch(p -> tree.lemma(p).equals("up")));
  }

  /**
   * "Russian missile strikes", "Sudanese army drone strikes" (the actor modifies a modifier), "a
   * police raid": the actor among the event noun's modifiers. A country and a force named apart
   * make one actor ("Sudanese" + "army" → SDNMIL); a force alone (MIL, COP) takes its country
   * later, from the sentence; NONE when the modifiers name neither.
   */
  private Argument modifierSource(int t) {
    List<ActorMention> named = new ArrayList<>();
    for (int c : tree.children(t, "compound", "amod")) {
      Optional<ActorMention> a = resolver.actorAt(c);
      if (a.isEmpty()) {
        for (int m : tree.children(c, "compound", "amod")) {
          a = a.or(() -> resolver.actorAt(m));
        }
      }
      a.ifPresent(named::add);
    }
    Optional<ActorMention> country = named.stream().filter(a -> !a.actor().country().isEmpty()).findFirst();
    Optional<ActorMention> force = named.stream()
        .filter(a -> a.actor().country().isEmpty() && MODIFYING_FORCES.contains(a.actor().agent())
            && phraseActors.headOf(a) >= 0 && (tree.token(phraseActors.headOf(a)).isNoun()
            || ArgumentWords.HOME_GROUPS.contains(a.actor().agent()))).findFirst(); // ("a militant attack", "rebel shelling")
    if (country.isPresent() && force.isPresent() && country.get().actor().agent().isEmpty()) {
      ActorMention c = country.get();
      ActorMention f = force.get();
      return new Argument(List.of(new ActorMention(Actor.of(c.actor().country(), f.actor().agent(), c.actor().name()),
          c.text() + " " + f.text(), c.span().union(f.span()), c.countryFrom())), "source.modifier");
    }
    return country.or(() -> force).map(a -> new Argument(List.of(a), "source.modifier")).orElse(Argument.NONE);
  }

  /**
   * "held two days of talks", "began joint exercises", "carried out airstrikes": the event noun is
   * the object of a light verb, whose subject is the source.
   */
  private Argument lightVerbSubject(int t, Trigger trigger) {
    int node = t;
    while (node >= 0 && !tree.token(node).isVerb() && (tree.is(node, "obj") || tree.is(node, "nmod") || tree.is(node, "obl"))) {
      node = tree.head(node);
    }
    // ("shopkeepers observed a strike": who observe a strike or a shutdown hold it; not a curfew others imposed)
    boolean observed = tree.lemma(t).equals("strike") || trigger.entry().code().root().equals("14");
    if (node < 0 || node == t || !tree.token(node).isVerb()
        || !(LIGHT_VERBS.contains(tree.lemma(node)) || tree.lemma(node).equals("observe") && observed)) {
      return Argument.NONE;
    }
    int subject = tree.subject(node); // (a relative's noun: "people who took part in the protests")
    return subject >= 0 ? phraseActors.argument(subject, "source.light-verb-subject") : Argument.NONE;
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

  /**
   * "Kenyans protested in Nairobi", "thousands of Georgians rallied": a plural nationality word
   * that protests is the country's people (KENCVL), not its state, so the protest is aimed at the
   * state; the source itself otherwise.
   */
  Argument protestingPeople(Argument source) {
    List<ActorMention> people = new ArrayList<>();
    boolean changed = false;
    for (ActorMention m : source.actors()) {
      int head = phraseActors.headOf(m);
      boolean nationals = head >= 0 && m.actor().agent().isEmpty() && !m.actor().country().isEmpty() && resolver.isDemonym(head)
          && tree.token(head).pos().startsWith("NN") && tree.word(head).endsWith("s");
      people.add(nationals ? new ActorMention(Actor.of(m.actor().country(), "CVL", m.actor().name()), m.text(), m.span(), m.countryFrom()) : m);
      changed |= nationals;
    }
    return changed ? new Argument(people, source.rule() + "+nationals", source.place()) : source;
  }

  /**
   * The "between" phrases naming the parties of a reciprocal act noun: its own ("clashes between the
   * army and the RSF") or its predicate's ("clashes broke out between the army and the RSF").
   */
  private List<Integer> betweenPhrases(int t) {
    if (!RECIPROCAL_WORDS.contains(tree.lemma(t)) || !tree.token(t).isNoun()) {
      return List.of();
    }
    List<Integer> phrases = new ArrayList<>(tree.children(t, "nmod"));
    if (tree.is(t, "nsubj") && tree.head(t) >= 0) {
      phrases.addAll(tree.children(tree.head(t), "obl"));
    }
    return phrases.stream().filter(c -> tree.preposition(c).equals("between")).toList();
  }

  /**
   * For a passive verb with no "by" agent ("20 people were arrested", "two soldiers were killed in
   * a Hamas ambush"): the actor of an event noun in its "in"/"during" phrase ("a Hamas ambush",
   * "police firing"), else an empty argument; {@code null} when the verb is not an agentless
   * passive, so that no actor may be implied.
   */
  Argument agentlessSource(Trigger trigger) {
    int t = trigger.token();
    if (!betweenPhrases(t).isEmpty()) {
      return null; // "clashes broke out between two rival communities": parties written, but no two of them
    }
    if (trigger.entry().nominal() && !tree.token(t).isVerb()) {
      // "the arrests of 40 activists have drawn criticism", "protests erupted in Dakar": an event noun
      // that is what its main clause is about names no one; one in a phrase or clause of circumstance
      // ("during the protests", "in an attack on", "after the protests began") tells the setting of another event. (A toll verb coded as its
      // attack keeps the attack's entry and is read as a verb: "an attack … killed 11 soldiers".)
      int head = tree.head(t);
      boolean subject = tree.is(t, "nsubj") && head >= 0 && tree.token(head).isVerb() && !tree.is(head, "advcl") && !tree.is(head, "acl");
      // (not a word of a name: "the ruling Democratic Rally hailed …")
      return tree.token(t).isNoun() && !tree.token(t).isProperNoun() && subject ? Argument.NONE : null;
    }
    if (!tree.isPassive(t) && !ArgumentWords.reportedParticiple(tree, t)) {
      Argument weapon = weapons.weaponSource(t);
      if (weapon == null && weapons.setsOffDevice(t)) {
        return Argument.NONE; // "their vehicle struck a roadside bomb": no one named set it
      }
      int subject = tree.child(t, "nsubj");
      // "an army drone strike hit a market": a force named only as the attack's modifier is its user
      Argument force = weapon != null && weapon.isEmpty() ? modifierSource(subject) : Argument.NONE;
      return force.isEmpty() ? weapon : new Argument(force.actors(), "source.modifier-of-the-attack");
    }
    if (tree.byAgent(t) >= 0) {
      // "were killed by a roadside bomb": a weapon that names no user leaves the act agentless ("… planted by militants": theirs)
      return weapons.weaponUser(tree.byAgent(t));
    }
    for (int c : tree.children(t, "obl")) {
      boolean mishap = ACCIDENTS.contains(tree.lemma(c)) || BLASTS.contains(tree.lemma(c)) && !weapons.weaponBlast(c);
      if (mishap && Set.of("in", "during").contains(tree.preposition(c))) {
        return null; // "were killed in an explosion at a fireworks factory", "in a road accident": no one did it
      }
    }
    List<Integer> clauses = new java.util.ArrayList<>(tree.whenClauses(t));
    for (int report : tree.children(t, "ccomp")) {
      clauses.addAll(tree.children(report, "advcl")); // "…, the military said" read as the complement, holding the clause
    }
    for (int c : clauses) {
      if (MISHAPS.contains(tree.lemma(c))) {
        return null; // "were killed when their helicopter crashed": no one did it
      }
    }
    for (int c : tree.children(t, "obl")) {
      // "killed in an Israeli strike", not "abducted in South Sudan", whose modifier is part of a place's name
      if (Set.of("in", "during", "amid").contains(tree.preposition(c)) && !tree.token(c).isProperNoun()) {
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

  private String baseRelation(int node) {
    String r = tree.relation(node);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }
}
