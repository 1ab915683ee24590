package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.AIMED_AT;
import static org.dyad.coder.ArgumentWords.BLASTS;
import static org.dyad.coder.ArgumentWords.BORDERS;
import static org.dyad.coder.ArgumentWords.INTERCEPTING;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;
import static org.dyad.coder.ArgumentWords.POSITIONS;
import static org.dyad.coder.ArgumentWords.RECIPROCAL_WORDS;
import static org.dyad.coder.ArgumentWords.SETTLEMENTS;
import static org.dyad.coder.ArgumentWords.TAKING;
import static org.dyad.coder.ArgumentWords.TOLL_LEMMAS;
import static org.dyad.coder.ArgumentWords.VIOLENT_ROOTS;
import static org.dyad.coder.ArgumentWords.WEAPONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.dictionary.Facilities;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.places.Place;

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
  /** Prepositions whose phrase may be a verb's target ("fired on", "talks with"), and an event noun's. */
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("on", "against", "at", "to", "with", "between", "toward", "towards", "into", "upon", "over");
  private static final Set<String> NOMINAL_TARGET_PREPOSITIONS =
      Set.of("on", "against", "at", "to", "toward", "towards", "into", "upon", "with", "between");
  /** Nouns through which a seizure names what it took: "control of the town". */
  private static final Set<String> CONTROL_NOUNS = Set.of("control", "charge", "possession", "hold");
  /** Prepositions of where a device exploded: "in a market", "near a mosque", "outside a police station". */
  private static final Set<String> EXPLOSION_PLACES = Set.of("in", "at", "near", "inside", "outside", "next to", "beside", "close to", "under", "beneath");
  /**
   * Attacks that, like weapons, may be the subject of their toll with no attacker named: "a suicide
   * car bomb attack on an army base killed 11 soldiers". Blasts and explosions are not: they may be accidents.
   */
  private static final Set<String> ATTACKS = Set.of("attack", "bombing", "ambush", "raid", "assault", "strike", "airstrike",
      "shelling", "bombardment");
  /** Mishaps and private quarrels that kill or wound with no one acting for a party: "killed in a road accident", "injured in the altercation". */
  private static final Set<String> ACCIDENTS = Set.of("accident", "crash", "collision", "fire", "blaze", "flood", "flooding",
      "landslide", "earthquake", "stampede", "storm", "cyclone", "collapse", "altercation", "brawl", "scuffle", "quarrel");
  /** Verbs of a mishap, which tell a death with no one who caused it: "killed when their helicopter crashed". */
  private static final Set<String> MISHAPS = Set.of("crash", "collapse", "capsize", "overturn", "derail", "sink", "catch", "burn",
      "flood", "fall");
  private static final Set<String> BLAST_WEAPONS = Set.of("bomb", "landmine", "minefield", "ied", "grenade", "rocket", "missile", "shell",
      "drone", "mortar", "suicide", "roadside", "car", "truck");
  /** CAMEO's denial (016), which answers a claim. */
  private static final String DENIAL = "016";
  /** Verbs of a claim a denial answers: "as witnesses claimed". */
  private static final Set<String> CLAIMING = Set.of("allege", "claim", "say", "report", "charge", "accuse", "insist", "assert");
  /** Nouns of a claim: "rejecting claims by the opposition". */
  private static final Set<String> CLAIMS = Set.of("claim", "allegation", "accusation", "report", "charge", "assertion");
  /** CAMEO's release of persons (0841), and the verbs that set people free rather than hand them over. */
  private static final String RELEASE = "0841";
  private static final Set<String> FREEING = Set.of("release", "free");
  /** CAMEO's root of protest, and its violent protest. */
  private static final String PROTEST_ROOT = "14";
  private static final String VIOLENT_PROTEST = "145";
  /** CAMEO's seizure and destruction of property (171, 1711, 1712). */
  private static final String PROPERTY = "171";
  /** CAMEO's military retreat or surrender (0874). */
  private static final String RETREAT = "0874";
  /** Relations through which a verb takes the subject of the verb that governs it: "is exploring … to mediate". */
  private static final Set<String> CONTROL = Set.of("xcomp", "acl", "advcl", "conj", "ccomp", "obj", "obl", "nmod");
  /** Comments whose target is their topic: pessimism, optimism (CAMEO 012, 013). */
  private static final Set<String> COMMENTS = Set.of("012", "013");
  /** Prepositions of a comment's topic: "concern over Russia's build-up". */
  private static final Set<String> COMMENT_TOPICS = Set.of("about", "over", "on", "regarding", "concerning", "at");
  /** Verbs of a vehicle's load: "a bus carrying pilgrims". */
  private static final Set<String> CARRYING = Set.of("carry", "transport", "ferry", "convey");
  /** The state's sectors that restrict political freedoms: a country itself, its government, legislature, courts, police, army. */
  private static final Set<String> STATE_RESTRICTORS = Set.of("", "GOV", "LEG", "JUD", "COP", "MIL");
  /** CAMEO's demobilization of armed forces (0873). */
  private static final String DEMOBILIZATION = "0873";
  /** CAMEO's confiscation of property (1711). */
  private static final String CONFISCATION = "1711";
  /** Words of arms and explosives, whose seizure takes them from whoever held them. */
  private static final Set<String> ARMS = Set.of("weapon", "weapons", "arm", "arms", "ammunition", "explosive", "explosives", "rifle",
      "rifles", "gun", "guns", "cache", "bomb", "bombs", "device", "ied", "grenade", "grenades", "detonator", "detonators", "munition",
      "munitions", "mortar", "mortars", "rocket", "rockets");

  /** The state's own apparatus, which polices a protest rather than joins it ({@link ArgumentWords#STATE_SECTORS}). */
  static final Set<String> STATE_SECTORS = ArgumentWords.STATE_SECTORS;
  /** Non-state armed groups, which fight at home ({@link ArgumentWords#HOME_GROUPS}). */
  static final Set<String> HOME_GROUPS = ArgumentWords.HOME_GROUPS;

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final PlacePhrases places;
  private final MentionFilters filters;
  private final Facilities facilities;
  private final List<ActorMention> mentions;

  ArgumentFinder(DependencyTree tree, ActorResolver resolver, DiscourseMemory memory, Facilities facilities) {
    this.tree = tree;
    this.resolver = resolver;
    this.facilities = facilities;
    this.mentions = resolver.mentions();
    this.phraseActors = new PhraseActors(tree, resolver, memory, mentions);
    this.places = new PlacePhrases(tree, resolver);
    this.filters = new MentionFilters(tree);
  }

  /** The source of the event word; the modality's governor stands in for a verb with no subject ("denied attacking"). */
  Argument source(Trigger trigger, ModalityReading modality) {
    int t = trigger.token();
    if (trigger.entry().nominal()) {
      return nominalSource(trigger);
    }
    // "talks mediated by Qatar"; "three Ukrainians captured in Kursk", whose captor goes unnamed
    boolean passiveModifier = tree.is(t, "acl") && tree.token(t).pos().equals("VBN") && tree.child(t, "obj") < 0;
    if (tree.isPassive(t) || passiveModifier) {
      int agent = tree.byAgent(t);
      return agent >= 0 ? phraseActors.argument(agent, "source.passive-agent") : Argument.NONE;
    }
    if (tree.is(t, "amod") && tree.lemma(t).equals("strike") && tree.token(t).pos().equals("VBG") && tree.head(t) >= 0) {
      return phraseActors.argument(tree.head(t), "source.striking-noun"); // "striking doctors"
    }
    // "denied attacking": the denier; "denied that security forces fired": the act's own subject
    int start = modality.governor() >= 0 && tree.child(t, "nsubj") < 0 ? modality.governor() : t;
    for (int node = start, steps = 0; node >= 0 && steps < tree.size(); steps++) {
      int subject = tree.subject(node);
      if (subject >= 0) {
        return phraseActors.argument(subject, node == t ? "source.subject" : "source.controller-subject");
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

  /** "clashes between protesters and police": the protest is the protesters', not the police's. */
  private static Argument protesting(Argument parties) {
    List<ActorMention> protesters = parties.actors().stream().filter(a -> !STATE_SECTORS.contains(a.actor().agent())).toList();
    return protesters.isEmpty() || protesters.size() == parties.actors().size() ? parties
        : new Argument(protesters, parties.rule(), parties.place());
  }

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
    }
    // "clashes between the army and the RSF": the parties act on each other (the target is reciprocal)
    for (int c : tree.children(t, "nmod")) {
      if (tree.preposition(c).equals("between") && RECIPROCAL_WORDS.contains(tree.lemma(t))) {
        Argument parties = phraseActors.argument(c, "source.between");
        if (parties.actors().size() > 1) {
          return trigger.entry().code().root().equals("14") ? protesting(parties) : parties;
        }
      }
    }
    for (int c : tree.children(t, "compound", "amod")) {
      Optional<ActorMention> a = resolver.actorAt(c);
      if (a.isEmpty()) {
        // "Sudanese army drone strikes": the actor modifies a modifier
        for (int m : tree.children(c, "compound", "amod")) {
          a = a.or(() -> resolver.actorAt(m));
        }
      }
      if (a.isPresent() && !a.get().actor().country().isEmpty()) {
        return new Argument(List.of(a.get()), "source.modifier");
      }
    }
    // "Jawhar Ben Mbarek has been on hunger strike", "doctors are on strike": the subject of a predicate "on" the act
    int onIt = tree.child(t, "case");
    if (tree.child(t, "cop") >= 0 && onIt >= 0 && tree.lemma(onIt).equals("on") && tree.child(t, "nsubj") >= 0) {
      return phraseActors.argument(tree.child(t, "nsubj"), "source.copular-subject");
    }
    Argument before = linearPossessor(t);
    return before.isEmpty() ? lightVerbSubject(t) : before;
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

  /** The target of the event word given its source; a capital acted upon by force is its city. */
  Argument target(Trigger trigger, Argument source) {
    Argument found = findTarget(trigger, source);
    return ActKinds.isMaterial(trigger) ? citiesNotGovernments(found) : found;
  }

  /**
   * "hitting Kyiv, Odesa and Lviv": a capital acted upon by force is its city, so its country, not
   * its government; a single such target is where the event happened ("missiles hit Kyiv"), several
   * ("hitting Kyiv, Odesa and Lviv") leave the place to the country.
   */
  private Argument citiesNotGovernments(Argument found) {
    List<ActorMention> actors = new ArrayList<>();
    boolean changed = false;
    Optional<Place> place = found.place();
    for (ActorMention m : found.actors()) {
      int head = phraseActors.headOf(m);
      if (head >= 0 && m.actor().agent().equals("GOV") && resolver.isMetonym(head)) {
        actors.add(PlacePhrases.asCity(m));
        if (place.isEmpty() && found.actors().size() == 1 && tree.children(head, "conj").isEmpty()) {
          place = resolver.capitalPlace(head);
        }
        changed = true;
      } else {
        actors.add(m);
      }
    }
    return changed ? new Argument(actors, found.rule() + "+city", place) : found;
  }

  /** The rules, in order; the first that finds an actor wins. */
  private Argument findTarget(Trigger trigger, Argument source) {
    int t = trigger.token();
    if (trigger.entry().code().code().equals(DENIAL)) {
      Argument accuser = claimant(t);
      if (!accuser.isEmpty()) {
        return accuser;
      }
    }
    if (trigger.entry().code().code().equals(CONFISCATION)) {
      Argument owner = cacheOwner(t, source);
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    if (INTERCEPTING.contains(tree.lemma(t))) {
      Argument owner = weaponOwner(tree.child(t, "obj"));
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    Set<String> prepositions = trigger.entry().conditions().prep();
    boolean restricted = !prepositions.isEmpty();
    if (!restricted) {
      prepositions = trigger.entry().nominal() ? NOMINAL_TARGET_PREPOSITIONS : TARGET_PREPOSITIONS;
      if (trigger.entry().code().root().equals(PROTEST_ROOT) && !trigger.entry().code().code().startsWith(VIOLENT_PROTEST)) {
        // "students protesting job quotas at Dhaka University": where a protest stands, not whom it opposes
        // (stones "hurled at riot police" are aimed at them)
        prepositions = prepositions.stream().filter(p -> !p.equals("at")).collect(java.util.stream.Collectors.toSet());
      }
    }
    if (!trigger.entry().nominal() && !restricted) {
      Argument holder = takenFrom(trigger, source);
      if (!holder.isEmpty()) {
        return holder;
      }
      Argument direct = directTarget(trigger, source);
      if (!direct.isEmpty()) {
        // "pushed Russian forces out of two villages near Kupiansk": the force driven out, on that ground
        boolean taking = trigger.entry().code().code().equals(TAKING) && direct.place().isEmpty();
        return taking ? withTerritory(direct, source, territoryPhrases(trigger), tree.child(t, "obj")) : direct;
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
      if (prepositions.contains(tree.preposition(c)) && !ActKinds.topics(trigger).contains(tree.preposition(c))) {
        Argument a = phraseActors.argument(c, "target.oblique-" + tree.preposition(c));
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    Argument absolute = participleOblique(t, prepositions);
    if (!absolute.isEmpty()) {
      return absolute;
    }
    // (a restricted attack noun's prepositions hold on the light verb too: "opened an offensive … against Ukraine")
    if (trigger.entry().nominal() && (!restricted || VIOLENT_ROOTS.contains(trigger.entry().code().root()))) {
      Argument carried = lightVerbOblique(t, prepositions, trigger);
      if (!carried.isEmpty()) {
        return carried;
      }
    }
    boolean violent = VIOLENT_ROOTS.contains(trigger.entry().code().root());
    int thrown = tree.child(t, "obj");
    boolean weaponThrown = thrown >= 0 && WEAPONS.contains(tree.lemma(thrown)); // "launched 12 drones toward Saudi Arabia"
    if (violent && !restricted && (!LIGHT_VERBS.contains(tree.lemma(t)) || weaponThrown)) {
      Argument through = aimedThrough(t);
      if (!through.isEmpty()) {
        return through;
      }
    }
    if (ActKinds.isMaterial(trigger) || trigger.entry().code().code().equals("145")) {
      Argument facility = facilityTarget(trigger, source);
      if (!facility.isEmpty()) {
        return facility;
      }
    }
    if (trigger.entry().nominal() && violent && tree.is(t, "nsubj") && TOLL_LEMMAS.contains(tree.lemma(tree.head(t)))) {
      // "Israeli Strike Kills Five in Southern Lebanon": an attack aimed at no one named struck those it killed
      int victims = tree.child(tree.head(t), "obj");
      Argument a = victims < 0 ? Argument.NONE : phraseActors.argument(victims, "target.victims-of-its-toll");
      if (!a.isEmpty()) {
        return a;
      }
    }
    Argument border = borderTarget(t);
    if (!border.isEmpty() && !restricted) {
      return border;
    }
    boolean joint = source.actors().size() > 1 && ActKinds.isJoint(trigger);
    if (restricted) {
      return joint ? reciprocal(source) : Argument.NONE;
    }
    if (ActKinds.isVerbal(trigger)) {
      Argument reported = reportedTarget(t, source);
      if (!reported.isEmpty()) {
        return reported;
      }
    }
    Argument named = namedObject(trigger);
    if (!named.isEmpty()) {
      return named;
    }
    Argument objectsOn = objectAimedAt(trigger);
    if (!objectsOn.isEmpty()) {
      return objectsOn;
    }
    Argument imposedOn = emergencyRule(trigger, source);
    if (!imposedOn.isEmpty()) {
      return imposedOn;
    }
    Argument disarmedBefore = ownState(trigger, source);
    if (!disarmedBefore.isEmpty()) {
      return disarmedBefore;
    }
    if (COMMENTS.contains(trigger.entry().code().code())) {
      Argument topic = commentTopic(trigger, source);
      if (!topic.isEmpty()) {
        return topic;
      }
    }
    Argument linear = trigger.entry().nominal() || ActKinds.isVerbal(trigger) ? linearTarget(trigger, source) : Argument.NONE;
    if (linear.isEmpty() && !ActKinds.isVerbal(trigger) && !trigger.entry().nominal()) {
      linear = purposeObject(t);
    }
    if (linear.isEmpty() && tree.isPassiveModifier(t)) {
      linear = partiesOfTheModified(t, source);
    }
    if (linear.isEmpty() && joint) {
      return reciprocal(source);
    }
    if (linear.isEmpty() && trigger.entry().code().code().equals(RETREAT)) {
      linear = retreatedBefore(t, source);
    }
    boolean property = trigger.entry().code().code().startsWith(PROPERTY) || trigger.entry().code().code().equals(TAKING);
    if (linear.isEmpty() && property && !tree.isParticipleClause(t)) {
      // (not "…, setting fire to their mattresses": a participle tells how the act it hangs on went)
      linear = propertyOwner(t);
    }
    return linear.isEmpty() && violent && !restricted && weaponSource(t) != null ? tollVictims(t) : linear;
  }

  /**
   * "agreed to a ceasefire in talks mediated by Qatar": the parties an act on a modified noun
   * serves are the subject of the clause that noun belongs to.
   */
  private Argument partiesOfTheModified(int t, Argument source) {
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
   * "clashed with Israeli soldiers trying to advance", which parsers read as a clause "with soldiers
   * trying …": the preposition's noun is the participle's subject.
   */
  private Argument participleOblique(int t, Set<String> prepositions) {
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
   * "looted the national museum in Khartoum", "blew up a telecommunications mast in the town of El
   * Bur", "seized a hilltop near the Armenian village of Tegh": property or ground that no actor owns
   * belongs to the country of the place it stands in (171x, 192).
   */
  private Argument propertyOwner(int t) {
    int object = tree.child(t, "obj");
    Optional<PlacePhrases.Located> where = places.locative(t).or(() -> object >= 0 ? places.locatedIn(object) : Optional.empty());
    return where.map(l -> new Argument(List.of(l.mention()), "target.owner-of-the-property", l.place())).orElse(Argument.NONE);
  }

  /**
   * "seized Hama after government forces withdrew", "soldiers withdrew from the town, and RSF
   * fighters moved in": a force retreats before the side of the clause its retreat is tied to.
   */
  private Argument retreatedBefore(int t, Argument source) {
    List<Integer> clauses = new ArrayList<>(tree.children(t, "conj"));
    if (tree.is(t, "advcl") || tree.is(t, "conj")) {
      clauses.add(tree.head(t));
    }
    for (int c : clauses) {
      int subject = tree.child(c, "nsubj");
      Argument side = subject < 0 ? Argument.NONE : phraseActors.argument(subject, "target.side-retreated-before");
      List<ActorMention> others = side.actors().stream()
          .filter(a -> source.actors().stream().noneMatch(s -> s.actor().code().equals(a.actor().code()))).toList();
      if (!others.isEmpty()) {
        return new Argument(others, side.rule());
      }
    }
    return Argument.NONE;
  }

  /**
   * "a roadside bomb struck a vehicle …, killing five soldiers": a device's blast whose object
   * names no one is aimed at the people its toll names.
   */
  private Argument tollVictims(int t) {
    for (int c : tree.children(t, "dep", "advcl", "xcomp", "conj")) {
      if (tree.token(c).pos().equals("VBG") && TOLL_LEMMAS.contains(tree.lemma(c))) {
        int victims = tree.child(c, "obj");
        Argument a = victims >= 0 ? phraseActors.argument(victims, "target.victims-of-the-toll") : Argument.NONE;
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "dispersed protesters": an object that the entry names (with=protester) and that no other
   * phrase outranks is the target of a protest, a coercion or a use of force (roots 14–20), where
   * giving verbs ("sent troops") make it the thing given.
   */
  private Argument namedObject(Trigger trigger) {
    int object = tree.child(trigger.token(), "obj");
    boolean forceful = Integer.parseInt(trigger.entry().code().root()) >= 14;
    if (object < 0 || !forceful || trigger.entry().nominal() || ownedByPronoun(object)) {
      return Argument.NONE;
    }
    return phraseActors.argument(object, "target.named-object");
  }

  /**
   * "slaps fresh sanctions on Belarus", "imposed tariffs against China": where parsers hang the
   * target on the object the entry names, the object's "on" or "against" phrase is the target.
   * Only for sanctions (16): "eased restrictions on the movement of workers" names no target.
   */
  private Argument objectAimedAt(Trigger trigger) {
    int object = tree.child(trigger.token(), "obj");
    if (object < 0 || trigger.entry().nominal() || !trigger.entry().code().root().equals("16")
        || !trigger.entry().conditions().with().contains(tree.lemma(object))) {
      return Argument.NONE;
    }
    for (int c : tree.children(object, "nmod")) {
      if (Set.of("on", "against").contains(tree.preposition(c))) {
        Argument a = phraseActors.argument(c, "target.object-aimed-at");
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /** "retook the village of Robotyne from Russian troops": territory is taken from whoever held it (192). */
  private Argument takenFrom(Trigger trigger, Argument source) {
    if (!trigger.entry().code().code().equals(TAKING)) {
      return Argument.NONE;
    }
    List<Integer> phrases = territoryPhrases(trigger);
    for (int c : phrases) {
      if (Set.of("from", "out of").contains(tree.preposition(c))) {
        Argument a = phraseActors.argument(c, "target.taken-from");
        if (!a.isEmpty() && a.place().isEmpty()) { // ("pushed Russian forces out of two villages": a place holds nothing)
          // the territory taken is where it happened: "retook the village of Robotyne in the Zaporizhzhia region from …"
          return withTerritory(a, source, phrases, c);
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * The phrases that may name the territory of a taking (192) or whom it was taken from: the verb's
   * object and obliques and, as parsers attach "from", the nouns below them ("retook a hilltop from
   * Azerbaijani forces", "retook the village in the Zaporizhzhia region from Russian troops").
   */
  private List<Integer> territoryPhrases(Trigger trigger) {
    List<Integer> phrases = new ArrayList<>();
    for (int c : tree.children(trigger.token(), "obj", "obl")) {
      phrases.add(c);
      for (int n : tree.children(c, "nmod")) {
        phrases.add(n);
        phrases.addAll(tree.children(n, "nmod"));
      }
    }
    return phrases;
  }

  /**
   * A taking's target with the territory taken as its place, from a phrase other than {@code except};
   * never a far namesake of a town in the parties' countries ("Malian troops drove jihadists from the
   * town of Boni" is not Bonn, whose alternate names hold "Boni").
   */
  private Argument withTerritory(Argument target, Argument source, List<Integer> phrases, int except) {
    Set<String> countries = new java.util.HashSet<>();
    java.util.stream.Stream.concat(target.actors().stream(), source.actors().stream()).map(a -> a.actor().country())
        .filter(c -> c.length() == 3).forEach(countries::add);
    Optional<Place> taken = phrases.stream().filter(p -> p != except).map(phraseActors::placeTarget).flatMap(Optional::stream)
        .filter(p -> countries.isEmpty() || !resolver.farNamesake(p, countries))
        .map(ActorResolver.PlaceActor::place).findFirst();
    return taken.isEmpty() ? target : new Argument(target.actors(), target.rule() + "+place", taken);
  }

  /**
   * "declared martial law", "imposed a curfew in Jayapura": a curfew or a state of emergency
   * (1723, 1724), or a state's restriction of political freedoms (1721) aimed at no one named, is
   * imposed on the country where it holds, which is the source's own unless a place says otherwise.
   */
  private Argument emergencyRule(Trigger trigger, Argument source) {
    String code = trigger.entry().code().code();
    // (and a state's restriction of political freedoms aimed at no one named: "the city council banned street protests",
    // "the government blocked 26 social media platforms")
    boolean freedoms = code.equals("1721") && source.actors().stream().allMatch(a -> STATE_RESTRICTORS.contains(a.actor().agent()));
    if (!code.equals("1723") && !code.equals("1724") && !freedoms) {
      return Argument.NONE;
    }
    int restriction = tree.child(trigger.token(), "obj"); // "imposed a curfew in the town of Kidal"
    Optional<PlacePhrases.Located> where = places.locative(trigger.token()).or(() -> restriction >= 0 ? places.locative(restriction) : Optional.empty());
    if (where.isPresent()) {
      return new Argument(List.of(where.get().mention()), "target.imposed-on-place", where.get().place());
    }
    if (source.actors().size() != 1 || source.actors().get(0).actor().country().length() != 3) {
      return Argument.NONE;
    }
    ActorMention s = source.actors().get(0);
    String country = s.actor().country();
    return new Argument(List.of(new ActorMention(Actor.of(country, "", resolver.countryName(country)), s.text(), s.span(),
        org.dyad.model.CountrySource.OTHER_ACTOR)), "target.imposed-on-own-country");
  }

  /**
   * "Forty PKK fighters burned their weapons": an armed group that gives up its arms (0873) before no
   * one named yields to the state of its own country, which it fought.
   */
  private Argument ownState(Trigger trigger, Argument source) {
    // (only arms given up: "burned their weapons"; "before they demobilize" tells no act)
    if (!trigger.entry().code().code().equals(DEMOBILIZATION) || source.actors().size() != 1 || tree.child(trigger.token(), "obj") < 0) {
      return Argument.NONE;
    }
    ActorMention group = source.actors().get(0);
    String country = group.actor().country();
    if (!HOME_GROUPS.contains(group.actor().agent()) || country.length() != 3) {
      return Argument.NONE;
    }
    return new Argument(List.of(new ActorMention(Actor.of(country, "", resolver.countryName(country)), group.text(), group.span(),
        org.dyad.model.CountrySource.OTHER_ACTOR)), "target.own-state-of-the-group");
  }

  /** "fired about 180 ballistic missiles at Israel": the target hangs on what was fired. */
  private Argument aimedThrough(int t) {
    for (int c : tree.children(t, "obj", "obl")) {
      for (int n : tree.children(c, "nmod")) {
        if (AIMED_AT.contains(tree.preposition(n))) {
          Argument a = phraseActors.argument(n, "target.aimed-" + tree.preposition(n));
          if (!a.isEmpty()) {
            return a;
          }
        }
      }
    }
    return Argument.NONE;
  }

  /** "opened a new ground offensive against Ukraine": the light verb carries the event noun's target. */
  private Argument lightVerbOblique(int t, Set<String> prepositions, Trigger trigger) {
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
   * "attacked a police station in Port-au-Prince", "hit an oil depot in Russia's Rostov region",
   * "launched air strikes inside Iran": a material act aimed at a facility ({@code facilities.tsv})
   * targets the people it stands for (COP), in the country that the phrase, else the act's own
   * locative, names; a violent act with no object targets the country where it struck.
   */
  private Argument facilityTarget(Trigger trigger, Argument source) {
    int t = trigger.token();
    List<Integer> aimed = new ArrayList<>();
    if (!trigger.entry().nominal()) {
      int object = tree.child(t, tree.isPassive(t) ? "nsubj:pass" : "obj");
      if (object >= 0) {
        aimed.add(object);
        if (CONTROL_NOUNS.contains(tree.lemma(object))) {
          // "took control of the town of Kalehe": what is controlled is what is taken
          tree.children(object, "nmod").stream().filter(c -> Set.of("of", "over").contains(tree.preposition(c))).forEach(aimed::add);
        }
      }
    }
    // "a bomb exploded in a crowded market": what a device blows up in is what it is aimed at
    boolean explosion = trigger.entry().code().code().startsWith("183") || (!trigger.entry().nominal() && weaponSource(t) != null);
    int object = trigger.entry().nominal() ? -1 : tree.child(t, "obj");
    int launched = object >= 0 && WEAPONS.contains(tree.lemma(object)) ? object : -1;
    if (launched >= 0) {
      // "launched a drone at Ramon airport": parsers hang what the weapon was aimed at on the weapon
      tree.children(launched, "nmod").stream().filter(c -> AIMED_AT.contains(tree.preposition(c))).forEach(aimed::add);
    }
    boolean arson = object >= 0 && tree.lemma(object).equals("fire"); // "set fire to a police station"
    for (int c : tree.children(t, "obl", "nmod")) {
      if (AIMED_AT.contains(tree.preposition(c)) || (explosion && EXPLOSION_PLACES.contains(tree.preposition(c)))
          || (arson && tree.preposition(c).equals("to"))) {
        aimed.add(c);
      }
    }
    boolean riot = !ActKinds.isMaterial(trigger);
    for (int head : aimed) {
      Argument carried = passengers(head);
      if (!carried.isEmpty()) {
        return carried;
      }
    }
    for (int head : aimed) {
      Optional<String> sector = facilities.sectorOf(modifiedNoun(head));
      if (sector.isEmpty() || (riot && (sector.get().isEmpty() || sector.get().equals("CVL")))) {
        continue; // rioters who "torched cars" act against their country, as the protest rule says
      }
      Optional<PlacePhrases.Located> where = places.locatedIn(head).or(() -> places.locative(t)).or(() -> launched >= 0 ? places.locative(launched) : Optional.empty());
      // "al-Shabaab took over the town of Mahas", a town the gazetteer lacks: a group's home country, when no
      // place is named (where one is, it decides: the Houthis' drone "at Ramon airport in southern Israel")
      String home = where.isEmpty() && sector.get().isEmpty() ? homeCountry(source) : "";
      if (where.isEmpty() && sector.get().isEmpty() && home.isEmpty()) {
        return Argument.NONE;
      }
      String country = where.map(w -> w.mention().actor().country()).orElse(home);
      String noun = tree.word(head).toLowerCase(java.util.Locale.ROOT);
      int first = tree.subtree(head).nextSetBit(0);
      ActorMention facility = new ActorMention(
          Actor.of(country, sector.get(), where.isEmpty() ? noun : where.get().mention().actor().name()),
          tree.text(first, head), new org.dyad.model.Span(tree.token(first).span().start(), tree.token(head).span().end()),
          country.isEmpty() ? org.dyad.model.CountrySource.NONE
              : where.isEmpty() ? org.dyad.model.CountrySource.OTHER_ACTOR : org.dyad.model.CountrySource.PLACE_TARGET);
      return new Argument(List.of(facility), "target.facility-" + noun, where.flatMap(PlacePhrases.Located::place));
    }
    boolean violent = VIOLENT_ROOTS.contains(trigger.entry().code().root());
    // only an act told as done by its own clause: "struck near Kiryat Shmona", "launched air strikes inside Iran",
    // not the purpose of something else ("approves missiles for strikes inside Russia")
    boolean told = trigger.entry().nominal() ? tree.is(t, "obj") && LIGHT_VERBS.contains(tree.lemma(tree.head(t)))
        : tree.child(t, "nsubj") >= 0;
    // (parties that clash, fight or battle one another strike no place: "Police, Protesters Clash in Nairobi")
    boolean oneAnother = source.actors().size() > 1 && RECIPROCAL_WORDS.contains(trigger.entry().lemma());
    if (violent && told && aimed.isEmpty() && tree.child(t, "obj") < 0 && !oneAnother) {
      Optional<PlacePhrases.Located> where = places.locative(t);
      if (where.isPresent()) {
        return new Argument(List.of(where.get().mention()), "target.struck-place", where.get().place());
      }
    }
    return Argument.NONE;
  }

  /**
   * "blew up a vehicle carrying police commandos", "a bus transporting pilgrims": an attack on a
   * vehicle is aimed at the people it carries, when they are named; NONE otherwise.
   */
  private Argument passengers(int vehicle) {
    for (int c : tree.children(vehicle, "acl")) {
      int carried = CARRYING.contains(tree.lemma(c)) ? tree.child(c, "obj") : -1;
      Argument people = carried < 0 ? Argument.NONE : phraseActors.argument(carried, "target.passengers");
      if (!people.isEmpty()) {
        return people;
      }
    }
    return Argument.NONE;
  }

  /** The country of a non-state armed group named with one: it fights at home ("Houthi fighters" → YEM); else "". */
  private static String homeCountry(Argument source) {
    return source.actors().stream()
        .filter(a -> a.actor().country().length() == 3 && HOME_GROUPS.contains(a.actor().agent())
            && a.countryFrom() == org.dyad.model.CountrySource.WRITTEN)
        .map(a -> a.actor().country()).findFirst().orElse("");
  }

  /**
   * Whom a denial answers: "denied that soldiers fired on protesters, as witnesses claimed",
   * "denied torturing activists, rejecting claims by the opposition", "denied the allegations by
   * Human Rights Watch", "calling a U.N. report lies". NONE when the sentence names no claimant.
   */
  private Argument claimant(int t) {
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
    for (int c : tree.children(t, "advcl", "xcomp", "dep", "conj")) {
      claims.addAll(tree.children(c, "obj"));
    }
    for (int claim : claims) {
      if (!CLAIMS.contains(tree.lemma(claim))) {
        continue;
      }
      for (int c : tree.children(claim, "nmod:poss", "nmod", "compound")) {
        Optional<ActorMention> a = !tree.is(c, "nmod") || tree.preposition(c).equals("by") ? resolver.actorAt(c) : Optional.empty();
        if (a.isPresent()) {
          return new Argument(List.of(a.get()), "target.claimant");
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "shot down 21 of 26 Russian drones", "intercepted a drone launched by Hezbollah", "a missile
   * fired from Yemen": the one whose weapon was brought down, or NONE when the object is no weapon
   * or names no owner.
   */
  private Argument weaponOwner(int object) {
    if (object < 0) {
      return Argument.NONE;
    }
    int weapon = object;
    if (!WEAPONS.contains(tree.lemma(weapon))) {
      weapon = tree.children(object, "nmod").stream().filter(c -> tree.preposition(c).equals("of")
          && WEAPONS.contains(tree.lemma(c))).findFirst().orElse(-1);
    }
    if (weapon < 0) {
      return launcherOfThem(object);
    }
    Optional<ActorMention> named = resolver.actorAt(weapon);
    for (int c : tree.children(weapon, "amod", "compound")) {
      named = named.or(() -> resolver.actorAt(c));
    }
    if (named.isPresent() && !named.get().actor().country().isEmpty()) {
      return new Argument(List.of(named.get()), "target.owner-of-the-weapon");
    }
    // the participle may hang on the weapon or on the part of them named ("most of the drones launched from Yemen")
    List<Integer> participles = new ArrayList<>(tree.children(weapon, "acl"));
    if (object != weapon) {
      participles.addAll(tree.children(object, "acl"));
    }
    for (int c : participles) {
      int by = tree.isPassiveModifier(c) ? tree.byAgent(c) : -1;
      if (by >= 0) {
        Argument user = phraseActors.argument(by, "target.user-of-the-weapon");
        if (!user.isEmpty()) {
          return user;
        }
      }
      for (int from : tree.children(c, "obl")) {
        if (tree.preposition(from).equals("from")) {
          Optional<PlacePhrases.Located> origin = places.countryAt(from);
          if (origin.isPresent()) {
            return new Argument(List.of(origin.get().mention()), "target.origin-of-the-weapon");
          }
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "Russia launched 146 drones at Ukraine, and air defences shot down 97 of them": weapons brought
   * down as "them" belong to whoever launched the weapons named before.
   */
  private Argument launcherOfThem(int object) {
    int them = tree.word(object).equals("them") ? object
        : tree.children(object, "nmod").stream().filter(c -> tree.word(c).equals("them")).findFirst().orElse(-1);
    for (int i = 0; i < them; i++) {
      if (WEAPONS.contains(tree.lemma(i)) && tree.is(i, "obj") && tree.child(tree.head(i), "nsubj") >= 0) {
        Argument launcher = phraseActors.argument(tree.child(tree.head(i), "nsubj"), "target.launcher-of-the-weapon");
        if (!launcher.isEmpty()) {
          return launcher;
        }
      }
    }
    return Argument.NONE;
  }

  /** The words of the noun headed by h with its adjacent modifiers: "military base", "oil depot". */
  private List<String> modifiedNoun(int h) {
    int from = h;
    while (from > 0 && tree.head(from - 1) == h && (tree.is(from - 1, "compound") || tree.is(from - 1, "amod"))) {
      from--;
    }
    List<String> words = new ArrayList<>();
    for (int i = from; i <= h; i++) {
      words.add(tree.word(i));
    }
    return words;
  }

  /** "fired tear gas to disperse protesters": a material act aimed through its purpose clause. */
  private Argument purposeObject(int t) {
    for (int c : tree.children(t, "xcomp", "advcl")) {
      int mark = tree.child(c, "mark");
      int object = tree.child(c, "obj");
      if (mark >= 0 && tree.lemma(mark).equals("to") && object >= 0) {
        Argument a = phraseActors.argument(object, "target.purpose-object");
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

  /** The verb's object or indirect object, or the passive subject, when it names an actor or the parties inside it. */
  private Argument directTarget(Trigger trigger, Argument source) {
    int t = trigger.token();
    if (tree.isPassive(t)) {
      int subject = tree.child(t, "nsubj:pass");
      if (subject < 0) {
        return Argument.NONE;
      }
      if (INTERCEPTING.contains(tree.lemma(t)) && WEAPONS.contains(tree.lemma(subject))) {
        // "a Malian drone was shot down": by whom, only a by-phrase tells
        return tree.byAgent(t) >= 0 ? weaponOwner(subject) : Argument.NONE;
      }
      Argument a = phraseActors.argument(subject, "target.passive-subject");
      return a.isEmpty() ? phraseActors.inner(subject, "target.passive-subject-oblique") : a;
    }
    // "released 90 Palestinian prisoners": the people set free are the party acted upon (0841)
    boolean freed = trigger.entry().code().code().equals(RELEASE) && FREEING.contains(trigger.entry().lemma());
    for (String relation : new String[] {"obj", "iobj"}) {
      int c = tree.child(t, relation);
      // "send troops to Syria": an object the entry names (with=troops) is what is given, not whom;
      // "put its forces on alert": the source's own, not a target.
      if (c >= 0 && (freed || !trigger.entry().conditions().with().contains(tree.lemma(c))) && !ownedByPronoun(c)) {
        Argument a = phraseActors.argument(c, "target." + (relation.equals("obj") ? "object" : "indirect-object"));
        if (ownModifier(c, a, source)) {
          continue; // "halting all US economic assistance to Colombia": the aid is the source's own
        }
        if (a.isEmpty()) {
          a = phraseActors.inner(c, "target.object-oblique");
        }
        if (a.isEmpty()) {
          a = objectsAgent(c);
        }
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "welcomed the agreement signed by Armenia and Azerbaijan", "recovered rifles left behind by
   * communist rebels": an object that is no actor stands for whoever its participle says made,
   * sent or held it; NONE when no "by" phrase names one.
   */
  private Argument objectsAgent(int object) {
    for (int c : tree.children(object, "acl")) {
      int by = tree.isPassiveModifier(c) ? tree.byAgent(c) : -1;
      Argument a = by < 0 ? Argument.NONE : phraseActors.argument(by, "target.object-agent");
      if (!a.isEmpty()) {
        return a;
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
        Argument a = phraseActors.inner(c, "target.border");
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
        Argument a = phraseActors.argument(subject, "target.reported-subject");
        if (!a.isEmpty() && !MentionFilters.same(a, source)) {
          return a;
        }
      }
      for (ActorMention m : mentions) {
        if (filters.inside(m, clause) && !MentionFilters.isSource(m, source) && !filters.inAttribution(m)) {
          return new Argument(List.of(m), "target.reported-clause");
        }
      }
    }
    return Argument.NONE;
  }

  /**
   * "pessimistic about the chances of a deal with Hamas", "expressed concern over Russia's
   * build-up": a comment's target is whom its topic is about (CAMEO codes the comment with its
   * target, not as a bare statement).
   */
  private Argument commentTopic(Trigger trigger, Argument source) {
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

  /** The first actor after the trigger that is not the source, a cited authority or a topic. */
  private Argument linearTarget(Trigger trigger, Argument source) {
    int after = tree.token(trigger.token()).span().end();
    for (ActorMention m : mentions) {
      if (m.span().start() >= after && !MentionFilters.isSource(m, source) && !filters.inAttribution(m) && !filters.isPlace(m) && !filters.inTopic(m, trigger)
          && !(ActKinds.isJoint(trigger) && filters.agentOfAnotherAct(m, trigger.token()))) {
        return new Argument(List.of(m), "target.linear");
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
   * "seized a cache of weapons from a militant hideout", "recovered rifles left behind by communist
   * rebels", "intercepted a truck carrying explosives bound for Boko Haram fighters": arms or
   * explosives are confiscated (1711) from the armed group the object's phrase, or the phrase they
   * were taken from, names; NONE when it names none or the object is no arms.
   */
  private Argument cacheOwner(int t, Argument source) {
    int object = tree.child(t, "obj");
    if (object < 0) {
      return Argument.NONE;
    }
    java.util.BitSet phrase = tree.subtree(object);
    boolean arms = phrase.stream().anyMatch(i -> ARMS.contains(tree.lemma(i).toLowerCase(java.util.Locale.ROOT)));
    if (!arms) {
      return Argument.NONE;
    }
    List<Integer> phrases = new ArrayList<>(List.of(object));
    tree.children(t, "obl").stream().filter(c -> tree.preposition(c).equals("from")).forEach(phrases::add);
    for (ActorMention m : mentions) {
      if (HOME_GROUPS.contains(m.actor().agent()) && !MentionFilters.isSource(m, source) && phrases.stream().anyMatch(p -> filters.inside(m, p))) {
        return new Argument(List.of(m), "target.owner-of-the-arms");
      }
    }
    return Argument.NONE;
  }

  /**
   * For a passive verb with no "by" agent ("20 people were arrested", "two soldiers were killed in
   * a Hamas ambush"): the actor of an event noun in its "in"/"during" phrase ("a Hamas ambush",
   * "police firing"), else an empty argument; {@code null} when the verb is not an agentless
   * passive, so that no actor may be implied.
   */
  Argument agentlessSource(Trigger trigger) {
    int t = trigger.token();
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
    if (!tree.isPassive(t)) {
      return weaponSource(t);
    }
    if (tree.byAgent(t) >= 0) {
      return null;
    }
    for (int c : tree.children(t, "obl")) {
      boolean mishap = ACCIDENTS.contains(tree.lemma(c)) || BLASTS.contains(tree.lemma(c)) && !weaponBlast(c);
      if (mishap && Set.of("in", "during").contains(tree.preposition(c))) {
        return null; // "were killed in an explosion at a fireworks factory", "in a road accident": no one did it
      }
    }
    for (int c : tree.whenClauses(t)) {
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

  /** "a bomb blast", "a landmine explosion", "a suicide blast": an explosion a weapon's word makes an attack. */
  private boolean weaponBlast(int subject) {
    return BLASTS.contains(tree.lemma(subject))
        && (tree.hasChild(subject, "compound", BLAST_WEAPONS) || tree.hasChild(subject, "amod", BLAST_WEAPONS));
  }

  /**
   * A weapon (or an attack) as the subject of an act of force: its user when a participle names one ("rockets
   * fired by Hezbollah hit a school", "drones launched by the RSF struck …"), else no one named
   * (empty: "a roadside bomb struck an army truck", coded with an unidentified attacker); null
   * when the subject is no weapon.
   */
  private Argument weaponSource(int t) {
    int subject = tree.child(t, "nsubj");
    if (subject < 0 || !(WEAPONS.contains(tree.lemma(subject)) || ATTACKS.contains(tree.lemma(subject)) || weaponBlast(subject))
        || resolver.actorAt(subject).isPresent()) {
      return null;
    }
    for (int c : tree.children(subject, "acl")) {
      if (tree.isPassiveModifier(c)) {
        for (int by : tree.children(c, "obl")) {
          if (tree.preposition(by).equals("by")) {
            Argument user = phraseActors.argument(by, "source.user-of-the-weapon");
            if (!user.isEmpty()) {
              return user;
            }
          }
        }
      }
    }
    // "Russian glide bombs struck …", parsed as "Russian glide" and "bombs struck": a country's
    // adjective just before the weapon's phrase is still its user
    int first = tree.subtree(subject).nextSetBit(0);
    for (ActorMention m : mentions) {
      int head = phraseActors.headOf(m);
      if (head >= 0 && head < first && first - head <= 2 && m.actor().agent().isEmpty() && tree.token(head).isProperNoun()
          && tree.word(head).equalsIgnoreCase(m.text())) {
        return new Argument(List.of(m), "source.adjective-before-the-weapon");
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
        if (filters.inside(m, c) && !MentionFilters.isSource(m, source) && !filters.isPlace(m) && !m.actor().country().isEmpty()) {
          return new Argument(List.of(m), "target.protest-aim");
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
