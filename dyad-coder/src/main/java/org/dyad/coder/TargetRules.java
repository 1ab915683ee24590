package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.INTERCEPTING;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;
import static org.dyad.coder.ArgumentWords.TAKING;
import static org.dyad.coder.ArgumentWords.RECIPROCAL_WORDS;
import static org.dyad.coder.ArgumentWords.TOLL_LEMMAS;
import static org.dyad.coder.ArgumentWords.VIOLENT_ROOTS;
import static org.dyad.coder.ArgumentWords.WEAPONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.places.Place;

/**
 * Finds an event's target, trying the rules in a fixed order: answers to claims, seized arms and
 * weapons brought down first, then the verb's object and phrases, facilities, tolls, borders,
 * reported clauses, own countries, comment topics, and last the nearest actor in word order. A
 * capital acted upon by force is its city. The order is the behaviour: changing it changes coded
 * events. One instance per sentence.
 */
final class TargetRules {
  /** Prepositions whose phrase may be a verb's target ("fired on", "talks with"), and an event noun's. */
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("on", "against", "at", "to", "with", "between", "toward", "towards", "into", "upon", "over");
  private static final Set<String> NOMINAL_TARGET_PREPOSITIONS =
      Set.of("on", "against", "at", "to", "toward", "towards", "into", "upon", "with", "between");
  /** CAMEO's denial (016), which answers a claim. */
  private static final String DENIAL = "016";
  /** Mobilizing or increasing armed forces (154), which a base set up is. */
  private static final String FORCE_POSTURE = "154";
  /** CAMEO's root of protest, and its violent protest. */
  private static final String PROTEST_ROOT = "14";
  private static final String VIOLENT_PROTEST = "145";
  /** CAMEO's seizure and destruction of property (171, 1711, 1712). */
  private static final String PROPERTY = "171";
  /** CAMEO's military retreat or surrender (0874). */
  private static final String RETREAT = "0874";
  /** Comments whose target is their topic: pessimism, optimism (CAMEO 012, 013). */
  private static final Set<String> COMMENTS = Set.of("012", "013");
  /** CAMEO's confiscation of property (1711). */
  private static final String CONFISCATION = "1711";

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final WeaponRules weapons;
  private final ObjectTargets objects;
  private final ObliqueTargets obliques;
  private final TakingTargets takings;
  private final OwnCountryTargets ownCountries;
  private final FacilityTargets facilityTargets;
  private final ClauseTargets clauseTargets;

  TargetRules(DependencyTree tree, ActorResolver resolver, PhraseActors phraseActors, WeaponRules weapons, ObjectTargets objects,
      ObliqueTargets obliques, TakingTargets takings, OwnCountryTargets ownCountries, FacilityTargets facilityTargets,
      ClauseTargets clauseTargets) {
    this.tree = tree;
    this.resolver = resolver;
    this.phraseActors = phraseActors;
    this.weapons = weapons;
    this.objects = objects;
    this.obliques = obliques;
    this.takings = takings;
    this.ownCountries = ownCountries;
    this.facilityTargets = facilityTargets;
    this.clauseTargets = clauseTargets;
  }

  /** The target of the event word given its source; a capital acted upon by force is its city. */
  Argument target(Trigger trigger, Argument source) {
    Argument found = partnersFirst(trigger, source, findTarget(trigger, source));
    boolean swapped = found.actors().stream().allMatch(a -> a.actor().agent().equals("CVL")); // "swap hundreds of prisoners"
    if (source.actors().size() > 1 && RECIPROCAL_WORDS.contains(trigger.entry().lemma()) && !trigger.entry().nominal()
        && (found.place().isPresent() || found.rule().contains("+place") || swapped)) {
      // "cartel gunmen and army troops exchanged fire on the outskirts of Culiacan", "Russia, Ukraine swap hundreds
      // of prisoners": the sides act on each other, not on the place or the people exchanged
      found = reciprocal(source);
    }
    if (found.isEmpty() && trigger.entry().code().code().startsWith(EASING_DISSENT)) {
      found = dealPartner(trigger.token());
    }
    if (found.isEmpty() && trigger.entry().code().code().startsWith(SEIZURE)) {
      found = seizedFromTheOtherActs(trigger.token());
    }
    if (OPPOSING_ROOTS.contains(trigger.entry().code().root()) && !found.isEmpty() && allVictims(found)) {
      found = doerOfTheActOn(found);
    }
    if (VIOLENT_ROOTS.contains(trigger.entry().code().root()) && !found.isEmpty() && civiliansThing(found)) {
      found = namedVictims(trigger, found);
    }
    return ActKinds.isMaterial(trigger) ? citiesNotGovernments(found) : found;
  }

  /**
   * "overran a military base … and seized weapons", "killed 15 villagers and rustled hundreds of
   * cattle": what is seized with no owner named is taken from those the act before it struck.
   */
  private Argument seizedFromTheOtherActs(int t) {
    int first = tree.is(t, "conj") ? tree.head(t) : -1;
    int object = first >= 0 && tree.token(first).pos().startsWith("VB") ? tree.child(first, "obj") : -1;
    if (object < 0) {
      return Argument.NONE;
    }
    Argument struck = phraseActors.argument(object, "target.struck-by-the-act-before");
    return struck.isEmpty() ? resolver.placeTargetAt(object)
        .map(p -> new Argument(List.of(p.mention()), "target.struck-by-the-act-before")).orElse(Argument.NONE) : struck;
  }

  /**
   * "drones struck a car in Khiam, killing a Hezbollah member", "opened fire on Armenian positions,
   * killing four Armenian soldiers": the actors of another sector that the act's toll names, of the
   * struck thing's or place's country, rather than the thing or place; the target itself otherwise.
   */
  private Argument namedVictims(Trigger trigger, Argument struck) {
    Argument victims = tollNamed(trigger);
    Set<String> countries = struck.actors().stream().map(a -> a.actor().country()).collect(java.util.stream.Collectors.toSet());
    boolean named = !victims.isEmpty() && victims.actors().stream().allMatch(a -> !Set.of("", "CVL").contains(a.actor().agent())
        && (countries.contains(a.actor().country()) || countries.contains("") || a.actor().country().isEmpty()));
    return named ? victims : struck;
  }

  /**
   * "Macron and Merz discussed air defence for Ukraine", "Turkey and Iraq agreed to cooperate
   * against the PKK": when the partners of a symmetric cooperative act (03–06: discussing, signing,
   * agreeing, meeting; not welcoming or mediating) are its coordinated subject,
   * the act is between them, both ways; a third party found only further along the sentence, in
   * the clause that tells what they meet for, in the object of what they discuss, or in the cause
   * they act for or against, is its topic; with no target at all, they act on each other.
   */
  private static final Set<String> SYMMETRIC = Set.of("discuss", "sign", "agree", "cooperate", "meet", "talk", "negotiate",
      "conclude", "reach", "consult", "ally", "partner");

  /** Demands, criticism, rejection, threats and protest: acts against whoever did what they oppose. */
  private static final Set<String> OPPOSING_ROOTS = Set.of("10", "11", "12", "13", "14");

  /** Whether every actor found is the person an act was done to ("protested the arrest of a prominent judge"). */
  private boolean allVictims(Argument found) {
    return found.actors().stream().allMatch(m -> {
      int head = phraseActors.headOf(m);
      return head >= 0 && tree.is(head, "nmod") && tree.preposition(head).equals("of") && tree.head(head) >= 0
          && ArgumentWords.ACTS_ON_PEOPLE.contains(tree.lemma(tree.head(head)).toLowerCase(java.util.Locale.ROOT));
    });
  }

  /**
   * "protested the arrest of a judge", "condemned Israel's killing of a journalist": a protest or
   * criticism of an act done to someone is aimed at who did it (its possessor or "by" agent), not at
   * the victim; NONE when the act's doer is not named (a protest then takes its country).
   */
  private Argument doerOfTheActOn(Argument victims) {
    int act = tree.head(phraseActors.headOf(victims.actors().get(0)));
    for (int c : tree.children(act, "nmod:poss", "nmod")) {
      if (tree.is(c, "nmod:poss") || tree.preposition(c).equals("by")) {
        Argument doer = phraseActors.argument(c, "target.doer-of-the-act-opposed");
        if (!doer.isEmpty()) {
          return doer;
        }
      }
    }
    return Argument.NONE;
  }

  /** Verbs of handing a person over to another state. */
  private static final Set<String> HANDING_OVER = Set.of("extradite", "repatriate");
  /** "China sent rescue teams and tents to Myanmar": aid sent goes to the receiver, whatever is sent. */
  private static final Set<String> SENDING = Set.of("send", "deliver", "ship", "dispatch", "airlift", "fly");
  private static final String AID_ROOT = "07";

  /** Easing dissent (082): calling off a strike or a protest. */
  private static final String EASING_DISSENT = "082";
  /** Seizure of property (CAMEO 1711: weapons, cattle, goods). */
  private static final String SEIZURE = "1711";
  private static final Set<String> DEALS = Set.of("deal", "agreement", "accord", "pact", "talks", "talk");

  /**
   * "called off their strike after a deal with the education ministry": whom a strike or protest is
   * called off for is the partner of the deal or talks that ended it; NONE when none is named.
   */
  private Argument dealPartner(int t) {
    var below = tree.subtree(t);
    for (int deal = below.nextSetBit(0); deal >= 0; deal = below.nextSetBit(deal + 1)) {
      if (DEALS.contains(tree.lemma(deal))) {
        for (int with : tree.children(deal, "nmod")) {
          Argument partner = tree.preposition(with).equals("with") ? phraseActors.argument(with, "target.deal-partner") : Argument.NONE;
          if (!partner.isEmpty()) {
            return partner;
          }
        }
      }
    }
    return Argument.NONE;
  }

  /** Whom the act's toll names: "…, killing a Hezbollah member", or for an attack noun, "a drone strike on a car killed …". */
  private Argument tollNamed(Trigger trigger) {
    int t = trigger.token();
    Argument victims = weapons.tollVictims(t);
    for (int phrase : victims.isEmpty() ? tree.children(t, "obj", "obl") : List.<Integer>of()) {
      // "opened fire on Armenian positions …, killing four Armenian soldiers": a toll the parser hangs on the object
      for (int c : tree.children(phrase, "acl")) {
        int killed = tree.token(c).pos().equals("VBG") && TOLL_LEMMAS.contains(tree.lemma(c)) ? tree.child(c, "obj") : -1;
        victims = killed >= 0 && victims.isEmpty() ? phraseActors.argument(killed, "target.victims-of-the-toll") : victims;
      }
    }
    return victims.isEmpty() ? victimsOfItsToll(trigger) : victims;
  }

  /** "Israeli Strike Kills Five in Southern Lebanon": whom the verb an attack noun is the subject of killed. */
  private Argument victimsOfItsToll(Trigger trigger) {
    int t = trigger.token();
    if (!trigger.entry().nominal() || !tree.is(t, "nsubj") || !TOLL_LEMMAS.contains(tree.lemma(tree.head(t)))) {
      return Argument.NONE;
    }
    int killed = tree.child(tree.head(t), "obj");
    return killed < 0 ? Argument.NONE : phraseActors.argument(killed, "target.victims-of-its-toll");
  }

  /**
   * "drones struck a car in Khiam, killing a Hezbollah member": a civilian thing struck (a car, a
   * house) or a place stands for no one its toll names better, so a toll naming an actor of another
   * sector (of the place's country) wins over it.
   */
  private boolean civiliansThing(Argument facility) {
    // (a thing, a place, or a common noun a nationality modifies: "Armenian positions"; not a country or its people named)
    boolean thing = facility.rule().startsWith("target.facility-") || facility.rule().contains("+place")
        || facility.actors().stream().allMatch(a -> a.actor().agent().isEmpty() && commonNoun(a));
    return thing && facility.actors().stream().allMatch(a -> Set.of("", "CVL").contains(a.actor().agent()));
  }

  private boolean commonNoun(ActorMention m) {
    int head = phraseActors.headOf(m);
    return head >= 0 && tree.token(head).isNoun() && !tree.token(head).isProperNoun() && !resolver.isDemonym(head);
  }

  /** Symmetric acts whose object is what the partners talk about ("discussed access to a Kenyan port"). */
  private static final Set<String> TOPICAL = Set.of("discuss", "talk", "negotiate", "consult");

  private static Argument partnersFirst(Trigger trigger, Argument source, Argument found) {
    int root = Integer.parseInt(trigger.entry().code().root());
    boolean partners = source.actors().size() > 1 && root >= 3 && root <= 6 && SYMMETRIC.contains(trigger.entry().lemma());
    boolean topic = found.isEmpty() || found.rule().startsWith("target.linear") || found.rule().startsWith("target.reported-clause")
        || (found.rule().startsWith("target.object") && TOPICAL.contains(trigger.entry().lemma())) || found.rule().startsWith("target.oblique-against")
        || found.rule().startsWith("target.oblique-for");
    return partners && topic ? reciprocal(source) : found;
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
      Argument accuser = clauseTargets.claimant(t);
      if (!accuser.isEmpty()) {
        return accuser;
      }
    }
    if (trigger.entry().code().code().equals(CONFISCATION)) {
      Argument owner = weapons.cacheOwner(t, source);
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    if (trigger.entry().code().code().equals(FORCE_POSTURE) && !trigger.entry().conditions().obj().isEmpty()) {
      // "opened a forward operating base in Zamfara to tackle armed bandits": whom a base is set up against,
      // else the country it stands in ("set up a headquarters in Paletwa, a town in Myanmar's Chin state")
      Argument against = obliques.purposeObject(t);
      Argument site = against.isEmpty() ? facilityTargets.baseSite(t) : against;
      if (!site.isEmpty()) {
        return site;
      }
    }
    if (INTERCEPTING.contains(tree.lemma(t))) {
      Argument owner = weapons.weaponOwner(tree.child(t, "obj"));
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
    boolean sent = trigger.entry().code().root().equals(AID_ROOT) && SENDING.contains(tree.lemma(t));
    if (!trigger.entry().nominal() && (HANDING_OVER.contains(tree.lemma(t)) || sent)) {
      // "Spain extradited a suspected Mexican cartel financier to the United States": whom a person is handed to,
      // "sent rescue teams and tents to Myanmar": whom aid is sent to
      // (however the parser hangs "to": on the verb, or on the person handed over)
      List<Integer> phrases = new java.util.ArrayList<>(tree.children(t, "obl"));
      int handed = tree.child(t, "obj");
      if (handed >= 0) {
        phrases.addAll(tree.children(handed, "nmod"));
      }
      for (int c : phrases) {
        Argument receiver = tree.preposition(c).equals("to") ? phraseActors.argument(c, "target.receiver") : Argument.NONE;
        if (!receiver.isEmpty()) {
          return receiver;
        }
      }
    }
    if (!trigger.entry().nominal() && !restricted) {
      int object = tree.child(t, "obj");
      if (object >= 0 && facilityTargets.countsFacilities(object)) {
        // "burned dozens of homes": what is counted is the facility, not people
        Argument counted = facilityTargets.facilityTarget(trigger, source);
        if (!counted.isEmpty()) {
          return counted;
        }
      }
      Argument holder = takings.takenFrom(trigger, source);
      if (!holder.isEmpty()) {
        return holder;
      }
      Argument direct = objects.directTarget(trigger, source);
      if (!direct.isEmpty()) {
        // "pushed Russian forces out of two villages near Kupiansk": the force driven out, on that ground
        boolean taking = trigger.entry().code().code().equals(TAKING) && direct.place().isEmpty();
        return taking ? takings.withTerritory(direct, source, takings.territoryPhrases(trigger), tree.child(t, "obj")) : direct;
      }
      Argument envoys = objects.foreignTheme(trigger, source);
      if (!envoys.isEmpty()) {
        return envoys;
      }
      if (objects.hasTheme(trigger)) {
        // "recalled its ambassadors from Algeria": what is moved goes to or from the target.
        prepositions = union(prepositions, Set.of("from", "out of"));
      }
    }
    for (int c : tree.children(t, "obl", "nmod")) {
      if (prepositions.contains(tree.preposition(c)) && !ActKinds.topics(trigger).contains(tree.preposition(c))
          && !ArgumentWords.beyondTheBorderOfASettlement(tree, t, c)) {
        Argument a = phraseActors.argument(c, "target.oblique-" + tree.preposition(c));
        if (a.isEmpty()) {
          a = objects.gatheringAimedAt(trigger, c); // "fired tear gas at an opposition rally"
        }
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    int particleObject = tree.particleObject(t, prepositions);
    if (particleObject >= 0) {
      // "called on Egypt to release detained journalists", parsed with "on" the verb's particle and Egypt its object
      Argument a = phraseActors.argument(particleObject, "target.oblique-" + tree.lemma(tree.child(t, "compound:prt")));
      if (!a.isEmpty()) {
        return a;
      }
    }
    Set<String> clauseMarks = prepositions.stream().filter(p -> !p.equals("to")).collect(java.util.stream.Collectors.toSet());
    for (int subject : tree.markedClauseSubjects(t, clauseMarks)) {
      // "called on Azerbaijan to free seven journalists", parsed as a clause marked "on" whose subject is the one called on
      Argument a = tree.hasChild(tree.head(subject), "mark", Set.of("to")) ? phraseActors.argument(subject, "target.oblique-clause-subject")
          : Argument.NONE;
      if (!a.isEmpty()) {
        return a;
      }
    }
    Argument absolute = obliques.participleOblique(t, prepositions);
    if (!absolute.isEmpty()) {
      return absolute;
    }
    // (a restricted attack noun's prepositions hold on the light verb too: "opened an offensive … against Ukraine")
    if (trigger.entry().nominal() && (!restricted || VIOLENT_ROOTS.contains(trigger.entry().code().root()))) {
      Argument carried = obliques.lightVerbOblique(t, prepositions, trigger);
      if (!carried.isEmpty()) {
        return carried;
      }
    }
    boolean violent = VIOLENT_ROOTS.contains(trigger.entry().code().root());
    int thrown = tree.child(t, "obj");
    boolean weaponThrown = thrown >= 0 && WEAPONS.contains(tree.lemma(thrown)); // "launched 12 drones toward Saudi Arabia"
    if (violent && !restricted && (!LIGHT_VERBS.contains(tree.lemma(t)) || weaponThrown)) {
      Argument through = obliques.aimedThrough(t);
      if (!through.isEmpty()) {
        return through;
      }
    }
    if (ActKinds.isMaterial(trigger) || trigger.entry().code().code().equals("145")) {
      Argument facility = facilityTargets.facilityTarget(trigger, source);
      if (!facility.isEmpty()) {
        return facility;
      }
    }
    // "Israeli Strike Kills Five in Southern Lebanon": an attack aimed at no one named struck those it killed
    Argument killed = violent ? victimsOfItsToll(trigger) : Argument.NONE;
    if (!killed.isEmpty()) {
      return killed;
    }
    Argument border = obliques.borderTarget(t);
    if (!border.isEmpty() && !restricted) {
      return border;
    }
    // (and what two sides agreed to do together: "Colombia and Venezuela agreed to reopen their shared border")
    boolean agreedTogether = tree.is(t, "xcomp") && tree.head(t) >= 0 && SYMMETRIC.contains(tree.lemma(tree.head(t)));
    boolean joint = source.actors().size() > 1 && (ActKinds.isJoint(trigger) || agreedTogether);
    if (restricted) {
      return joint ? reciprocal(source) : Argument.NONE;
    }
    if (ActKinds.isVerbal(trigger)) {
      boolean threat = trigger.entry().code().root().equals("13");
      if (threat && clauseTargets.warnsOfOthers(t, source)) {
        return Argument.NONE;
      }
      Argument reported = clauseTargets.reportedTarget(t, source, threat);
      if (!reported.isEmpty()) {
        return reported;
      }
    }
    Argument named = objects.namedObject(trigger, source);
    if (!named.isEmpty()) {
      return named;
    }
    Argument objectsOn = objects.objectAimedAt(trigger);
    if (!objectsOn.isEmpty()) {
      return objectsOn;
    }
    Argument imposedOn = ownCountries.emergencyRule(trigger, source);
    if (!imposedOn.isEmpty()) {
      return imposedOn;
    }
    Argument disarmedBefore = ownCountries.ownState(trigger, source);
    if (!disarmedBefore.isEmpty()) {
      return disarmedBefore;
    }
    if (COMMENTS.contains(trigger.entry().code().code())) {
      Argument topic = clauseTargets.commentTopic(trigger, source);
      if (!topic.isEmpty()) {
        return topic;
      }
    }
    int root = Integer.parseInt(trigger.entry().code().root());
    if (tree.isPassiveModifier(t) && root >= 5 && root <= 7) {
      // "government forces backed by clan militias", "a bill backed by the government": support told in a participle
      // with its agent describes the noun it modifies, background to the act the sentence reports; no event
      return Argument.NONE;
    }
    if (tree.isPassiveModifier(t) && root <= 8) {
      // "talks mediated by Qatar": the actor another cooperative participle with its agent modifies is acted upon
      // (an act of force told so names its victims less reliably: "victims killed by the crash")
      Argument modified = phraseActors.argument(tree.head(t), "target.modified-noun");
      if (!modified.isEmpty() && modified.actors().stream().noneMatch(m -> MentionFilters.isSource(m, source))) {
        return modified;
      }
    }
    Argument linear = trigger.entry().nominal() || ActKinds.isVerbal(trigger) ? clauseTargets.linearTarget(trigger, source) : Argument.NONE;
    if (linear.isEmpty() && !ActKinds.isVerbal(trigger) && !trigger.entry().nominal()) {
      linear = obliques.purposeObject(t);
    }
    if (linear.isEmpty() && tree.isPassiveModifier(t)) {
      linear = clauseTargets.partiesOfTheModified(t, source);
    }
    if (linear.isEmpty() && joint) {
      return reciprocal(source);
    }
    if (linear.isEmpty() && trigger.entry().code().code().equals(RETREAT)) {
      linear = takings.retreatedBefore(t, source);
    }
    boolean property = trigger.entry().code().code().startsWith(PROPERTY) || trigger.entry().code().code().equals(TAKING);
    if (linear.isEmpty() && property && !tree.isParticipleClause(t)) {
      // (not "…, setting fire to their mattresses": a participle tells how the act it hangs on went)
      linear = takings.propertyOwner(t);
    }
    boolean force = violent || trigger.entry().code().code().startsWith(ArgumentWords.REPRESSION); // "fired tear gas and detained …"
    if (linear.isEmpty() && force && !restricted && !trigger.entry().nominal()) {
      linear = objects.sharedObject(t);
    }
    // (a weapon as the subject, a "when" clause of a passive toll: "were killed when their vehicle struck a roadside bomb",
    // or a vehicle that set off a device: "a police vehicle hit a roadside bomb, killing three officers")
    boolean tollClause = tree.head(t) >= 0 && tree.whenClauses(tree.head(t)).contains(t) || weapons.vehicleSetOff(t);
    return linear.isEmpty() && violent && !restricted && (weapons.weaponSource(t) != null || tollClause) ? weapons.tollVictims(t) : linear;
  }

  /**
   * "Iran and Russia signed an agreement": a joint act of a coordinated subject with no other
   * target is coded between them, both ways (CAMEO manual, compound actors).
   */
  private static Argument reciprocal(Argument source) {
    return new Argument(source.actors(), "target.reciprocal");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
