package org.dyad.coder;

import java.util.Set;

/**
 * The word lists and CAMEO codes that more than one argument rule reads (lemmas, prepositions,
 * sectors, roots); a list that only one rule reads lives with that rule. Stateless.
 */
final class ArgumentWords {
  /** Verbs that only carry an event noun: "held talks", "launched strikes", "carried out raids". */
  static final Set<String> LIGHT_VERBS =
      Set.of("hold", "launch", "carry", "conduct", "stage", "begin", "start", "mount", "make", "give", "issue",
          "deliver", "take", "open", "resume", "continue", "have", "wage", "undertake", "perform", "unleash", "step", "intensify", "escalate", "press");
  /** Nouns of a border, whose "with" phrase is the country on the other side: "near its border with Finland". */
  static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");
  /**
   * "halting all US economic assistance to Colombia", "cut off US funding to South Africa": a thing
   * named with the source's own country (not a place or ground of it) is the source's, not whom the
   * act is aimed at. False for an empty list.
   */
  static boolean sourcesOwnThing(DependencyTree tree, int head, java.util.List<org.dyad.model.ActorMention> actors, Argument source) {
    String noun = tree.lemma(head);
    if (actors.isEmpty() || tree.token(head).isProperNoun() || SETTLEMENTS.contains(noun) || POSITIONS.contains(noun)
        || Set.of("territory", "land", "border", "soil", "airspace", "waters").contains(noun)) {
      return false;
    }
    return actors.stream().allMatch(m -> m.actor().agent().isEmpty()
        && source.actors().stream().anyMatch(s -> s.actor().country().equals(m.actor().country())));
  }

  /** Gatherings, which force breaks up and their holders hold: "dispersed a rally", "broke up a march". */
  static final Set<String> GATHERINGS = Set.of("rally", "protest", "demonstration", "march", "sit-in", "gathering", "vigil",
      "procession", "camp", "encampment", "blockade");

  /** What is asked for people, whom a protest or demand for it is for: "the release of a priest". */
  static final Set<String> BENEFITS = Set.of("release", "freedom", "return", "reinstatement", "acquittal", "pardon");

  /** Acts done to people, whose victim a protest or criticism of them is for: "the arrest of a judge". */
  static final Set<String> ACTS_ON_PEOPLE = Set.of("arrest", "detention", "jailing", "imprisonment", "killing", "murder",
      "abduction", "kidnapping", "disappearance", "death", "execution", "sentencing", "conviction", "torture", "expulsion",
      "deportation", "assassination", "shooting", "beating", "dismissal", "sacking");

  /**
   * "seized a village near the border with Mali", however parsed: when the act takes a settlement,
   * a border's "with" phrase only says where the settlement lies, beside the country beyond.
   */
  static boolean beyondTheBorderOfASettlement(DependencyTree tree, int trigger, int c) {
    int marker = tree.child(c, "case");
    boolean beyond = marker > 0 && tree.preposition(c).equals("with") && BORDERS.contains(tree.lemma(marker - 1));
    return beyond && takesASettlement(tree, trigger);
  }

  /** Whether the act's object is a settlement: "attacked the town of Ouatagouna". */
  static boolean takesASettlement(DependencyTree tree, int trigger) {
    int object = tree.child(trigger, "obj");
    return object >= 0 && SETTLEMENTS.contains(tree.lemma(object));
  }
  /** Acts two parties do to each other: "clashes between the army and the RSF", "a prisoner swap". */
  static final Set<String> RECIPROCAL_WORDS = Set.of("swap", "exchange", "clash", "trade", "skirmish", "fight", "fighting",
      "battle", "gunfight", "firefight");
  /** Participles that tell the toll of an act: "…, killing five soldiers". */
  static final Set<String> TOLL_LEMMAS = Set.of("kill", "wound", "injure", "maim");
  /** Weapons that may be the grammatical subject of an attack: "a roadside bomb struck …". */
  static final Set<String> WEAPONS = Set.of("bomb", "device", "explosive", "ied", "landmine", "grenade", "rocket",
      "missile", "shell", "drone", "mortar", "projectile", "bullet", "round", "munition");
  /** Explosions, which are attacks only when a weapon's word says so ("a bomb blast", not "a gas explosion"). */
  static final Set<String> BLASTS = Set.of("explosion", "blast");
  /** Verbs of bringing down a weapon in flight, whose target is the weapon's owner. */
  static final Set<String> INTERCEPTING = Set.of("shoot", "intercept", "destroy", "down", "neutralize", "neutralise");
  /** CAMEO's taking of territory (192). */
  static final String TAKING = "192";
  /** CAMEO's violent repression of a crowd (175). */
  static final String REPRESSION = "175";
  /** Prepositions of where something happened: "in Moscow", "near Kharkiv". */
  static final Set<String> LOCATIVE = Set.of("in", "at", "near", "around", "inside", "outside", "across", "throughout");
  /** Head nouns of settlements and of their parts, whose "of" phrase is the place: "the city of Sumy", "the centre of Sumy". */
  static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "region", "province", "district", "capital",
      "port", "area", "oblast", "state", "county", "municipality", "suburb", "outskirts", "outskirt", "neighbourhood", "neighborhood",
      "settlement", "centre", "center", "heart", "edge", "part", "countryside", "suburbs", "environs");
  /** Head nouns of military targets, whose "near"/"around"/"outside" phrase is the place: "positions near Bakhmut". */
  static final Set<String> POSITIONS = Set.of("position", "positions", "outpost", "outposts", "base", "bases", "target",
      "targets", "trenches", "line", "lines", "frontline", "checkpoint", "checkpoints");
  /** Prepositions of the thing a material act is aimed at: "fired on a ship", "threw a grenade into a police station". */
  static final Set<String> AIMED_AT = Set.of("on", "at", "into", "upon", "against", "toward", "towards");
  /** Roots of the use of force: assault, fighting, mass violence. */
  static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
  /** The state's own apparatus, which polices a protest rather than joins it. */
  static final Set<String> STATE_SECTORS = Set.of("COP", "MIL", "GOV", "SPY", "JUD");
  /** Non-state armed groups, whose targets are, unless a place says otherwise, in their own country. */
  static final Set<String> HOME_GROUPS = Set.of("REB", "INS", "SEP", "UAF", "CRM");
  /** Nouns of the land around a place, which the place's name modifies: "the Idlib countryside". */
  static final Set<String> SURROUNDINGS = Set.of("countryside", "outskirts", "suburbs", "environs", "hinterland", "vicinity");

  private ArgumentWords() {}

  /**
   * "Army Says 12 Militants Killed": a headline's reported passive, written as a participle on the
   * reporting verb's object; the noun it modifies is its passive subject.
   */
  static boolean reportedParticiple(DependencyTree tree, int t) {
    int noun = tree.head(t);
    return tree.is(t, "acl") && tree.token(t).pos().equals("VBN") && noun >= 0 && tree.is(noun, "obj")
        && ModalityAnalyzer.REPORTING.contains(tree.lemma(tree.head(noun)));
  }
}
