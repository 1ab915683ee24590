package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.AIMED_AT;
import static org.dyad.coder.ArgumentWords.HOME_GROUPS;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;
import static org.dyad.coder.ArgumentWords.RECIPROCAL_WORDS;
import static org.dyad.coder.ArgumentWords.VIOLENT_ROOTS;
import static org.dyad.coder.ArgumentWords.WEAPONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.dictionary.Facilities;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * Target rules for material acts aimed at a facility ({@code facilities.tsv}): "attacked a police
 * station in Port-au-Prince" targets the people it stands for in the country its place names; an
 * attacked vehicle's passengers; a violent act with no object strikes the country of its place.
 * One instance per sentence.
 */
final class FacilityTargets {
  /** Nouns through which a seizure names what it took: "control of the town". */
  private static final Set<String> CONTROL_NOUNS = Set.of("control", "charge", "possession", "hold");
  /** Prepositions of where a device exploded: "in a market", "near a mosque", "outside a police station". */
  private static final Set<String> EXPLOSION_PLACES = Set.of("in", "at", "near", "inside", "outside", "next to", "beside", "close to", "under", "beneath");
  /** Verbs of a vehicle's load: "a bus carrying pilgrims". */
  private static final Set<String> CARRYING = Set.of("carry", "transport", "ferry", "convey");

  private final DependencyTree tree;
  private final PhraseActors phraseActors;
  private final PlacePhrases places;
  private final WeaponRules weapons;
  private final Facilities facilities;
  /** The story's dateline country, or "": where settlements no phrase places stand. */
  private final String datelineCountry;

  FacilityTargets(DependencyTree tree, PhraseActors phraseActors, PlacePhrases places, WeaponRules weapons,
      Facilities facilities, String datelineCountry) {
    this.datelineCountry = datelineCountry;
    this.tree = tree;
    this.phraseActors = phraseActors;
    this.places = places;
    this.weapons = weapons;
    this.facilities = facilities;
  }

  /**
   * "attacked a police station in Port-au-Prince", "hit an oil depot in Russia's Rostov region",
   * "launched air strikes inside Iran": a material act aimed at a facility ({@code facilities.tsv})
   * targets the people it stands for (COP), in the country that the phrase, else the act's own
   * locative, names; a violent act with no object targets the country where it struck.
   */
  Argument facilityTarget(Trigger trigger, Argument source) {
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
    boolean explosion = trigger.entry().code().code().startsWith("183") || (!trigger.entry().nominal() && weapons.weaponSource(t) != null);
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
    if (explosion && !trigger.entry().nominal()) {
      // "a magnetic bomb attached to a minibus exploded": what the device was fixed to is what it was aimed at
      int device = tree.child(t, "nsubj");
      for (int placed : device < 0 ? List.<Integer>of() : tree.children(device, "acl")) {
        if (tree.token(placed).pos().equals("VBN")) {
          tree.children(placed, "obl").stream().filter(c -> Set.of("to", "on", "under", "beneath", "inside", "in").contains(tree.preposition(c)))
              .forEach(c -> aimed.add(0, c)); // (before where it went off)
        }
      }
    }
    if (explosion) {
      // "exploded next to a school bus": parsers hang the place on "next", an adverb of the verb
      for (int near : tree.children(t, "advmod")) {
        if (Set.of("next", "close").contains(tree.lemma(near).toLowerCase(java.util.Locale.ROOT))) {
          tree.children(near, "obl", "nmod").stream().filter(c -> tree.preposition(c).equals("to")).forEach(aimed::add);
        }
      }
    }
    boolean riot = !ActKinds.isMaterial(trigger);
    for (int head : aimed) {
      Argument carried = passengers(head);
      if (!carried.isEmpty()) {
        return carried;
      }
      Argument owners = pronounOwners(counted(head), t, source);
      if (!owners.isEmpty()) {
        return owners;
      }
      // "a camp for displaced people", "a shelter for migrants": a place kept for people stands for them
      List<Integer> forPhrases = new ArrayList<>(tree.children(counted(head), "nmod"));
      if (tree.is(head, "obj") && tree.head(head) == t) {
        forPhrases.addAll(tree.children(t, "obl")); // (parsers hang "for displaced people" on the verb too)
      }
      for (int c : forPhrases) {
        Argument keptFor = tree.preposition(c).equals("for") ? phraseActors.argument(c, "target.people-it-is-for") : Argument.NONE;
        if (!keptFor.isEmpty() && facilities.sectorOf(modifiedNoun(counted(head))).isPresent()) {
          return keptFor;
        }
      }
    }
    for (int phrase : aimed) {
      int head = counted(phrase);
      Optional<String> sector = facilities.sectorOf(modifiedNoun(head));
      if (sector.isEmpty() || (riot && (sector.get().isEmpty() || sector.get().equals("CVL")))) {
        continue; // rioters who "torched cars" act against their country, as the protest rule says
      }
      // ("a missile strike on Odesa port": a place before a facility's noun is where the facility is)
      // (or where the act it is coordinated with was: "killed four farmers in Bokkos and set fire to several houses")
      Optional<PlacePhrases.Located> where = places.locatedIn(head).or(() -> places.locative(t))
          .or(() -> launched >= 0 ? places.locative(launched) : Optional.empty()).or(() -> namedBefore(head))
          .or(() -> tree.is(t, "conj") && tree.head(t) >= 0 ? places.locative(tree.head(t)) : Optional.empty());
      // "al-Shabaab took over the town of Mahas", a town the gazetteer lacks: a group's home country, when no
      // place is named (where one is, it decides: the Houthis' drone "at Ramon airport in southern Israel")
      String home = where.isEmpty() && sector.get().isEmpty() ? homeCountry(source) : "";
      if (home.isEmpty() && where.isEmpty() && sector.get().isEmpty() && ArgumentWords.SETTLEMENTS.contains(tree.lemma(head))) {
        home = datelineCountry; // "BAMAKO — … seized the town of Boulkessi", a town the gazetteer lacks
      }
      if (home.isEmpty() && where.isEmpty() && sector.get().isEmpty() && head != phrase) {
        // "armed herders … burned dozens of houses": a count of homes with no place is where its burners are
        home = source.actors().stream().map(a -> a.actor().country()).filter(c -> !c.isEmpty()).findFirst().orElse("");
      }
      if (where.isEmpty() && sector.get().isEmpty() && home.isEmpty()) {
        return Argument.NONE;
      }
      String country = where.map(w -> w.mention().actor().country()).orElse(home);
      List<ActorMention> hit = new ArrayList<>(List.of(facility(head, sector.get(), country, where)));
      if (head != phrase) {
        // "torched dozens of homes and a health clinic": each facility counted or coordinated
        for (int other : tree.children(phrase, "conj")) {
          facilities.sectorOf(modifiedNoun(other)).filter(s -> !riot || !(s.isEmpty() || s.equals("CVL")))
              .ifPresent(s -> hit.add(facility(other, s, country, where)));
        }
      }
      String noun = tree.word(head).toLowerCase(java.util.Locale.ROOT);
      return new Argument(hit, "target.facility-" + noun, where.flatMap(PlacePhrases.Located::place));
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

  /** The country where the base, camp or outpost that the act at t sets up stands: its own phrase's place, else the act's. */
  Argument baseSite(int t) {
    int base = tree.child(t, "obj");
    Optional<PlacePhrases.Located> where = (base < 0 ? Optional.<PlacePhrases.Located>empty() : places.locatedIn(base))
        .or(() -> places.locative(t));
    return where.map(w -> new Argument(List.of(w.mention()), "target.where-the-base-stands", w.place())).orElse(Argument.NONE);
  }

  /** A place named before the facility's noun: "Odesa port", "the Kabul airport"; no country alone ("Russian ports" are owned). */
  private Optional<PlacePhrases.Located> namedBefore(int facility) {
    return tree.children(facility, "compound").stream().map(places::countryAt).flatMap(Optional::stream)
        .filter(l -> l.place().isPresent()).findFirst();
  }

  /** The people a facility stands for, in the country its place (or, with none, the sentence) gives. */
  private ActorMention facility(int head, String sector, String country, Optional<PlacePhrases.Located> where) {
    String noun = tree.word(head).toLowerCase(java.util.Locale.ROOT);
    int first = tree.subtree(head).nextSetBit(0);
    return new ActorMention(
        Actor.of(country, sector, where.isEmpty() ? noun : where.get().mention().actor().name()),
        tree.text(first, head), new org.dyad.model.Span(tree.token(first).span().start(), tree.token(head).span().end()),
        country.isEmpty() ? org.dyad.model.CountrySource.NONE
            : where.isEmpty() ? org.dyad.model.CountrySource.OTHER_ACTOR : org.dyad.model.CountrySource.PLACE_TARGET);
  }

  /**
   * "Three soldiers were killed when a roadside bomb hit their vehicle": a facility a pronoun owns
   * ("their", "its") stands for the subject of the clause the act's clause tells of, when that is an
   * actor other than the act's source; NONE otherwise.
   */
  private Argument pronounOwners(int facility, int trigger, Argument source) {
    if (!tree.ownedByPronoun(facility) || facilities.sectorOf(modifiedNoun(facility)).isEmpty()) {
      return Argument.NONE;
    }
    int told = trigger;
    while (told >= 0 && (tree.is(told, "advcl") || tree.is(told, "conj"))) {
      told = tree.head(told);
      int subject = tree.child(told, tree.isPassive(told) ? "nsubj:pass" : "nsubj");
      Argument owners = subject < 0 ? Argument.NONE : phraseActors.argument(subject, "target.owner-of-the-facility");
      boolean theSource = owners.actors().stream().anyMatch(o -> source.actors().stream().anyMatch(a -> a.span().equals(o.span())));
      if (!owners.isEmpty() && !theSource) {
        return owners;
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

  /**
   * The country of a non-state armed group named with one: it fights at home ("Houthi fighters" →
   * YEM); else "".
   */
  private static String homeCountry(Argument source) {
    return source.actors().stream()
        .filter(a -> a.actor().country().length() == 3 && HOME_GROUPS.contains(a.actor().agent())
            && a.countryFrom() == org.dyad.model.CountrySource.WRITTEN)
        .map(a -> a.actor().country()).findFirst().orElse("");
  }

  /** Whether the phrase at h counts facilities ("dozens of homes"), which are no people. */
  /**
   * "staged a sit-in outside the district secretariat", "rallied in front of parliament", "gheraoed
   * the block development office": the state sector whose building a protest is held at or
   * besieges, or empty.
   */
  Optional<String> protestSite(int trigger) {
    List<Integer> phrases = new ArrayList<>(tree.children(trigger, "obl", "obj"));
    int held = tree.child(trigger, "obj");
    if (held >= 0) {
      // "staged a sit-in outside the town hall": parsers hang the site on the protest held
      tree.children(held, "nmod").stream().filter(c -> SITES.contains(tree.preposition(c))).forEach(phrases::add);
    }
    for (int c : phrases) {
      if (tree.is(c, "obj") || SITES.contains(tree.preposition(c))) { // (or the building besieged: "gheraoed the block office")
        Optional<String> sector = facilities.sectorOf(modifiedNoun(c)).filter(a -> ArgumentWords.STATE_SECTORS.contains(a) || a.equals("LEG"));
        if (sector.isPresent()) {
          return sector;
        }
      }
    }
    return Optional.empty();
  }

  /** Prepositions that place a protest at a building. */
  private static final Set<String> SITES = Set.of("outside", "at", "before", "in front of", "near", "opposite");

  boolean countsFacilities(int h) {
    int counted = counted(h);
    return counted != h && facilities.sectorOf(modifiedNoun(counted)).isPresent();
  }

  /** "dozens of homes": the thing a count counts, else the head itself. */
  private int counted(int head) {
    if (!ActorResolver.QUANTITIES.contains(tree.lemma(head).toLowerCase(java.util.Locale.ROOT))) {
      return head;
    }
    return tree.children(head, "nmod").stream().filter(c -> tree.preposition(c).equals("of")).findFirst().orElse(head);
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
}
