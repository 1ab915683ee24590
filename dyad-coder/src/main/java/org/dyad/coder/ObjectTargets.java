package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.INTERCEPTING;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;
import static org.dyad.coder.ArgumentWords.VIOLENT_ROOTS;
import static org.dyad.coder.ArgumentWords.WEAPONS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * Target rules that read a verb's object: the direct or indirect object, or the passive subject
 * ("were detained"), the parties inside a non-actor object ("talks between Israel and Hamas"), the
 * object an entry names for force ("dispersed protesters") or for sanctions ("sanctions on
 * Belarus"), and envoys of another country ("expelled Russian diplomats"). One instance per sentence.
 */
final class ObjectTargets {
  /** CAMEO's release of persons (0841), and the verbs that set people free or give them back rather than hand them over. */
  private static final String RELEASE = "0841";
  /** Prepositions by which a theme the source owns names another party: "its pact with France", "its sanctions on Syria". */
  private static final Set<String> OWNED_THEME_PARTIES = Set.of("with", "against", "between", "on", "of", "to");
  private static final Set<String> FREEING = Set.of("release", "free", "pardon", "return");

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final WeaponRules weapons;
  private final PlacePhrases places;

  ObjectTargets(DependencyTree tree, ActorResolver resolver, PhraseActors phraseActors, WeaponRules weapons, PlacePhrases places) {
    this.tree = tree;
    this.resolver = resolver;
    this.phraseActors = phraseActors;
    this.weapons = weapons;
    this.places = places;
  }

  /**
   * "dispersed protesters": an object that the entry names (with=protester) and that no other
   * phrase outranks is the target of a protest, a coercion or a use of force (roots 14–20), where
   * giving verbs ("sent troops") make it the thing given.
   */
  Argument namedObject(Trigger trigger, Argument source) {
    int object = tree.child(trigger.token(), "obj");
    boolean forceful = Integer.parseInt(trigger.entry().code().root()) >= 14;
    if (object < 0 || !forceful || trigger.entry().nominal() || tree.ownedByPronoun(object)) {
      return Argument.NONE;
    }
    Argument named = phraseActors.argument(object, "target.named-object");
    if (named.isEmpty() && trigger.entry().code().code().equals(ArgumentWords.REPRESSION) && ArgumentWords.GATHERINGS.contains(tree.lemma(object))) {
      return phraseActors.holders(object, "target.holders-of-the-gathering");
    }
    boolean cutOff = named.isEmpty() && trigger.entry().code().root().equals("16");
    if (!cutOff && !ownModifier(object, named, source)) {
      return named;
    }
    // "halting all US economic assistance to Colombia": the aid is the source's own; whom it goes to is the
    // target, as it is of aid that names no owner ("suspended humanitarian aid to Afghanistan")
    for (int c : tree.children(object, "nmod")) {
      Argument recipient = Set.of("to", "for").contains(tree.preposition(c)) ? phraseActors.argument(c, "target.recipient-of-the-object")
          : Argument.NONE;
      if (!recipient.isEmpty()) {
        return recipient;
      }
    }
    return Argument.NONE;
  }

  /** "fired tear gas at an opposition rally": force aimed at a gathering is aimed at those who hold it ({@link PhraseActors#holders}). */
  Argument gatheringAimedAt(Trigger trigger, int phrase) {
    boolean aimed = ArgumentWords.AIMED_AT.contains(tree.preposition(phrase));
    return aimed && trigger.entry().code().code().equals(ArgumentWords.REPRESSION) && ArgumentWords.GATHERINGS.contains(tree.lemma(phrase))
        ? phraseActors.holders(phrase, "target.holders-of-the-gathering") : Argument.NONE;
  }

  /**
   * "slaps fresh sanctions on Belarus", "imposed tariffs against China": where parsers hang the
   * target on the object the entry names, the object's "on" or "against" phrase is the target.
   * Only for sanctions (16): "eased restrictions on the movement of workers" names no target.
   */
  Argument objectAimedAt(Trigger trigger) {
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

  /**
   * "Britain expelled Russian diplomats": an object the entry names (with=diplomat) that is
   * another country's government (its envoys) is the party acted upon.
   */
  Argument foreignTheme(Trigger trigger, Argument source) {
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
  boolean hasTheme(Trigger trigger) {
    int object = tree.child(trigger.token(), "obj");
    return object >= 0 && trigger.entry().conditions().with().contains(tree.lemma(object));
  }

  /** A common noun whose only actor is a country modifier, the source's own country: "US assistance" for Trump. */
  private boolean ownModifier(int head, Argument a, Argument source) {
    return ArgumentWords.sourcesOwnThing(tree, head, a.actors(), source);
  }

  /** The verb's object or indirect object, or the passive subject, when it names an actor or the parties inside it. */
  Argument directTarget(Trigger trigger, Argument source) {
    int t = trigger.token();
    boolean reported = ArgumentWords.reportedParticiple(tree, t);
    if (tree.isPassive(t) || reported) {
      int subject = reported ? tree.head(t) : tree.child(t, "nsubj:pass");
      if (subject < 0) {
        return Argument.NONE;
      }
      if (INTERCEPTING.contains(tree.lemma(t)) && WEAPONS.contains(tree.lemma(subject))) {
        // "a Malian drone was shot down": by whom, only a by-phrase tells
        return tree.byAgent(t) >= 0 ? weapons.weaponOwner(subject) : Argument.NONE;
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
      boolean theme = c >= 0 && !freed && trigger.entry().conditions().with().contains(tree.lemma(c));
      Argument party = theme ? themeParty(trigger, c, source) : Argument.NONE;
      if (!party.isEmpty()) {
        return party;
      }
      if (c >= 0 && !theme && !tree.ownedByPronoun(c)) {
        Argument a = phraseActors.argument(c, "target." + (relation.equals("obj") ? "object" : "indirect-object"));
        if (ownModifier(c, a, source)) {
          continue; // "halting all US economic assistance to Colombia": the aid is the source's own
        }
        if (a.isEmpty()) {
          a = attackersOf(trigger, c);
        }
        if (a.isEmpty() && !VIOLENT_ROOTS.contains(trigger.entry().code().root()) && !LIGHT_VERBS.contains(tree.lemma(t))) {
          a = phraseActors.attackTold(c, "target.object"); // a reaction to an attack told before
        }
        if (a.isEmpty()) {
          a = statesOwn(c);
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
   * "Police fired tear gas and detained dozens of protesters", "abducted and raped three women": an
   * act of force that names only its means, or nothing, is aimed at whom the verb coordinated with
   * it acts on, when the two share their subject.
   */
  Argument sharedObject(int t) {
    int own = tree.child(t, "obj");
    if (own >= 0 && !MEANS.contains(tree.lemma(own).toLowerCase(java.util.Locale.ROOT))) {
      return Argument.NONE; // "attacked shops and beat migrants": the shops were attacked, not the migrants
    }
    List<Integer> partners = new java.util.ArrayList<>(tree.children(t, "conj"));
    if (tree.is(t, "conj")) {
      partners.add(tree.head(t));
    }
    for (int verb : partners) {
      int object = tree.child(verb, "obj");
      if (!tree.token(verb).isVerb() || object < 0 || tree.child(verb, "nsubj") >= 0 && tree.child(t, "nsubj") >= 0) {
        continue;
      }
      Argument a = phraseActors.argument(object, "target.shared-object");
      if (!a.isEmpty() && a.place().isEmpty()) {
        return a;
      }
    }
    return Argument.NONE;
  }

  /** What force is used with, named as the object of firing: "fired tear gas", "fired live rounds". */
  private static final java.util.Set<String> MEANS = java.util.Set.of("gas", "round", "bullet", "shot", "cannon", "canister",
      "pellet", "grenade", "shell", "rocket", "missile", "ammunition", "fire");

  /**
   * The party an object the entry names (its theme) stands for: "broke off diplomatic relations with
   * Israel", "imposed sanctions against Russia", "recalls ambassador to Algeria" (the party its phrase
   * names), "allowed UN aid convoys" (a state or organization that owns it; not people of a sector:
   * "swapped 390 prisoners of war"). NONE for what is moved or given ("sent troops to its border with
   * Belarus"), for the source's own, and when the phrase names no party.
   */
  private Argument themeParty(Trigger trigger, int theme, Argument source) {
    if (MOVED.contains(trigger.entry().code().root())) {
      return Argument.NONE;
    }
    if (tree.ownedByPronoun(theme)) {
      // "put its forces on alert": the source's own; but "ended its defence pact with France", "suspended its mediation
      // between Israel and Hamas", "lifted its sanctions on Syria", "eased its blockade of Gaza": the theme's other parties
      for (int c : tree.children(theme, "nmod")) {
        Argument party = OWNED_THEME_PARTIES.contains(tree.preposition(c))
            ? phraseActors.argument(c, "target.theme-oblique-" + tree.preposition(c)) : Argument.NONE;
        if (!party.isEmpty() && !ownModifier(theme, party, source)) {
          return party;
        }
      }
      return Argument.NONE;
    }
    Argument inside = phraseActors.inner(theme, "target.theme-oblique");
    if (inside.isEmpty() && trigger.entry().code().root().equals(REDUCED_RELATIONS)) {
      inside = postedTo(theme);
    }
    if (!inside.isEmpty() && !ownModifier(theme, inside, source)) {
      return inside;
    }
    Argument owned = phraseActors.argument(theme, "target.theme-owner");
    boolean otherParty = !owned.isEmpty() && owned.place().isEmpty() && !owned.rule().contains("+place") && !ownModifier(theme, owned, source)
        && owned.actors().stream().allMatch(a -> a.actor().agent().isEmpty())
        && owned.actors().stream().noneMatch(a -> source.actors().stream().anyMatch(s -> s.actor().country().equals(a.actor().country())));
    return otherParty ? owned : Argument.NONE;
  }

  /**
   * "troops repelled an attack by jihadists on a military base": who repels or foils an attack acts on
   * its attackers, not on what they attacked; NONE when the attack names none.
   */
  private Argument attackersOf(Trigger trigger, int object) {
    if (!REPELLING.contains(tree.lemma(trigger.token())) || !ATTACKS.contains(tree.lemma(object))) {
      return Argument.NONE;
    }
    for (int c : tree.children(object, "nmod")) {
      if (tree.preposition(c).equals("by")) {
        return phraseActors.argument(c, "target.attackers");
      }
    }
    return Argument.NONE;
  }

  private static final Set<String> REPELLING = Set.of("repel", "repulse", "foil", "thwart", "rebuff", "beat", "fend");
  private static final Set<String> ATTACKS = Set.of("attack", "assault", "offensive", "raid", "incursion", "advance", "infiltration");

  /** "ambassador to Algeria", "its envoy in Kabul": the country an envoy is posted to or in. */
  private Argument postedTo(int envoy) {
    for (int c : tree.children(envoy, "nmod")) {
      if (Set.of("to", "in").contains(tree.preposition(c))) {
        Argument posted = phraseActors.argument(c, "target.theme-posted-" + tree.preposition(c));
        if (!posted.isEmpty()) {
          return posted;
        }
      }
    }
    return Argument.NONE;
  }

  private static final String REDUCED_RELATIONS = "16";

  /** Roots whose themes are moved or given (aid, troops), not relations with a party. */
  private static final Set<String> MOVED = Set.of("07", "15");

  /**
   * "defied a government ban on the march", "stoned a police patrol car": an object that is no actor
   * but a state body's act or thing stands for that body, not for what its phrase is about; NONE otherwise.
   */
  private Argument statesOwn(int object) {
    for (int c : tree.children(object, "compound")) {
      Optional<ActorMention> body = resolver.actorAt(c).filter(m -> ArgumentWords.STATE_SECTORS.contains(m.actor().agent()));
      if (body.isPresent()) {
        return new Argument(List.of(placedBody(body.get(), object)), "target.object-owner");
      }
    }
    return Argument.NONE;
  }

  /** A state body of no country named before a thing placed somewhere ("a police station in Mandera town") is that place's. */
  private ActorMention placedBody(ActorMention body, int object) {
    if (!body.actor().country().isEmpty()) {
      return body;
    }
    return places.locatedIn(object).map(l -> body.inCountry(l.mention().actor().country(), org.dyad.model.CountrySource.PLACE_IN_PHRASE))
        .orElse(body);
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
}
