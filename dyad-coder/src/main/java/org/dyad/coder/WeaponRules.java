package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.BLASTS;
import static org.dyad.coder.ArgumentWords.HOME_GROUPS;
import static org.dyad.coder.ArgumentWords.TOLL_LEMMAS;
import static org.dyad.coder.ArgumentWords.WEAPONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * Argument rules that read weapons: a weapon or attack as the subject of an act and its user
 * ("rockets fired by Hezbollah hit …"), the owner of a weapon brought down ("shot down 21 Russian
 * drones"), the victims a device's toll names, and whose arms were seized. One instance per sentence.
 */
final class WeaponRules {
  /**
   * Attacks that, like weapons, may be the subject of their toll with no attacker named: "a suicide
   * car bomb attack on an army base killed 11 soldiers". Blasts and explosions are not: they may be accidents.
   */
  private static final Set<String> ATTACKS = Set.of("attack", "bombing", "ambush", "raid", "assault", "strike", "airstrike",
      "shelling", "bombardment");
  private static final Set<String> BLAST_WEAPONS = Set.of("bomb", "landmine", "minefield", "ied", "grenade", "rocket", "missile", "shell",
      "drone", "mortar", "suicide", "roadside", "car", "truck");
  /** Words of arms and explosives, whose seizure takes them from whoever held them. */
  private static final Set<String> ARMS = Set.of("weapon", "weapons", "arm", "arms", "ammunition", "explosive", "explosives", "rifle",
      "rifles", "gun", "guns", "cache", "bomb", "bombs", "device", "ied", "grenade", "grenades", "detonator", "detonators", "munition",
      "munitions", "mortar", "mortars", "rocket", "rockets");

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final PlacePhrases places;
  private final MentionFilters filters;
  private final List<ActorMention> mentions;

  WeaponRules(DependencyTree tree, ActorResolver resolver, PhraseActors phraseActors, PlacePhrases places, MentionFilters filters,
      List<ActorMention> mentions) {
    this.tree = tree;
    this.resolver = resolver;
    this.phraseActors = phraseActors;
    this.places = places;
    this.filters = filters;
    this.mentions = mentions;
  }

  /**
   * "a roadside bomb struck a vehicle …, killing five soldiers", "two policemen were killed when a
   * bomb exploded near their patrol": a device's blast whose object names no one is aimed at the
   * people its toll names.
   */
  Argument tollVictims(int t) {
    int toll = tree.head(t);
    if (toll >= 0 && TOLL_LEMMAS.contains(tree.lemma(toll)) && tree.isPassive(toll) && tree.whenClauses(toll).contains(t)) {
      int victims = tree.child(toll, "nsubj:pass");
      Argument a = victims >= 0 ? phraseActors.argument(victims, "target.victims-of-the-toll") : Argument.NONE;
      if (!a.isEmpty()) {
        return a;
      }
    }
    List<Integer> participles = new ArrayList<>(tree.children(t, "dep", "advcl", "xcomp", "conj"));
    int object = tree.child(t, "obj");
    if (object >= 0) {
      participles.addAll(tree.children(object, "acl")); // "struck an IED near Gao, killing four soldiers", hung on the IED
    }
    for (int c : participles) {
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
   * "seized a cache of weapons from a militant hideout", "recovered rifles left behind by communist
   * rebels", "intercepted a truck carrying explosives bound for Boko Haram fighters": arms or
   * explosives are confiscated (1711) from the armed group the object's phrase, or the phrase they
   * were taken from, names; NONE when it names none or the object is no arms.
   */
  Argument cacheOwner(int t, Argument source) {
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
   * "shot down 21 of 26 Russian drones", "intercepted a drone launched by Hezbollah", "a missile
   * fired from Yemen": the one whose weapon was brought down, or NONE when the object is no weapon
   * or names no owner.
   */
  Argument weaponOwner(int object) {
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

  /** "a bomb blast", "a landmine explosion", "a suicide blast": an explosion a weapon's word makes an attack. */
  boolean weaponBlast(int subject) {
    return BLASTS.contains(tree.lemma(subject))
        && (tree.hasChild(subject, "compound", BLAST_WEAPONS) || tree.hasChild(subject, "amod", BLAST_WEAPONS))
        // "artillery fire hit a crowded market", "a mortar barrage struck the camp"
        || FIRE.contains(tree.lemma(subject)) && (tree.hasChild(subject, "compound", FIRED) || tree.hasChild(subject, "amod", FIRED));
  }

  /**
   * The user a weapon's phrase names by a participle ("a roadside bomb planted by al-Qaeda-linked
   * militants", "an explosive drone launched by Hezbollah"); empty when it names none; null when the
   * phrase is no weapon, attack or blast, or is an actor's.
   */
  Argument weaponUser(int phrase) {
    if (!unnamedWeapon(phrase)) {
      return null;
    }
    List<Integer> participles = new ArrayList<>();
    for (int c : tree.children(phrase, "acl", "amod")) { // (a participle the parser may hang as either)
      participles.add(c);
      participles.addAll(tree.children(c, "xcomp")); // "a missile believed to be fired by pro-Russia rebels"
    }
    for (int c : participles) {
      if (tree.token(c).pos().equals("VBN") && tree.byAgent(c) >= 0) {
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
    return Argument.NONE;
  }

  /** Devices a vehicle may strike or hit, setting them off: "their vehicle struck a roadside bomb". */
  private static final Set<String> STRUCK_DEVICES = Set.of("bomb", "device", "explosive", "ied", "landmine", "mine");
  /** Vehicles, whose striking a device is the device's blast on their people. */
  private static final Set<String> VEHICLES = Set.of("vehicle", "car", "truck", "bus", "minibus", "van", "jeep", "lorry", "convoy",
      "patrol", "tanker", "train", "motorcycle");

  /** Whether the act's object is a device no one named, set off by striking it: "their vehicle struck a roadside bomb". */
  boolean setsOffDevice(int t) {
    int object = tree.child(t, "obj");
    return object >= 0 && STRUCK_DEVICES.contains(tree.lemma(object)) && unnamedWeapon(object);
  }

  /** Whether a named vehicle set the device off: "a police vehicle hit a roadside bomb" (the police were struck, not striking). */
  boolean vehicleSetOff(int t) {
    int subject = tree.child(t, "nsubj");
    return subject >= 0 && VEHICLES.contains(tree.lemma(subject)) && setsOffDevice(t);
  }

  /** Whether a phrase is a weapon, an attack or a weapon's blast that names no actor: "a roadside bomb", "an explosion". */
  boolean unnamedWeapon(int phrase) {
    return (WEAPONS.contains(tree.lemma(phrase)) || ATTACKS.contains(tree.lemma(phrase)) || weaponBlast(phrase))
        && resolver.actorAt(phrase).isEmpty();
  }

  /** Fire and the weapons whose fire it is. */
  private static final Set<String> FIRE = Set.of("fire", "barrage", "salvo");
  private static final Set<String> FIRED = Set.of("artillery", "mortar", "rocket", "tank", "howitzer", "sniper", "machine-gun", "drone");

  /**
   * A weapon (or an attack) as the subject of an act of force: its user when a participle names one ("rockets
   * fired by Hezbollah hit a school", "drones launched by the RSF struck …"), else no one named
   * (empty: "a roadside bomb struck an army truck", coded with an unidentified attacker); null
   * when the subject is no weapon.
   */
  Argument weaponSource(int t) {
    int subject = tree.child(t, "nsubj");
    Argument user = subject < 0 ? null : weaponUser(subject);
    if (user == null || !user.isEmpty()) {
      return user;
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
}
