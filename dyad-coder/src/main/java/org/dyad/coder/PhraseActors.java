package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.HOME_GROUPS;
import static org.dyad.coder.ArgumentWords.POSITIONS;
import static org.dyad.coder.ArgumentWords.SETTLEMENTS;
import static org.dyad.coder.ArgumentWords.SURROUNDINGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * The actors a phrase names, for every argument rule: the phrase's own actor or its coordinated
 * actors ("Ukraine and Russia"), the group armed men are said to belong to, an earlier sentence's
 * actor ({@link DiscourseMemory}), a pronoun's antecedent, counted people, or a place acted upon
 * ("shelled Kharkiv"). Each result carries the rule that found it, with what was resolved on the way
 * ({@code +affiliation}, {@code +pronoun}, {@code +place}). One instance per sentence.
 */
final class PhraseActors {
  /** Prepositions of the parties inside a non-actor phrase: "talks between Israel and Hamas". */
  private static final Set<String> INNER_PREPOSITIONS = Set.of("between", "with", "on", "against");
  /** Pronouns that stand for an actor named before: "Hungary has said it will support …". */
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "them", "him", "her");
  /** Words that tie armed men to the group they belong to: "linked to", "affiliated with", "loyal to". */
  private static final Set<String> AFFILIATIONS = Set.of("lead", "led", "link", "linked", "affiliate", "affiliated", "ally", "allied", "loyal",
      "belong", "belonging", "tie", "tied", "align", "aligned", "associate", "associated");

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final DiscourseMemory memory;
  private final List<ActorMention> mentions;

  PhraseActors(DependencyTree tree, ActorResolver resolver, DiscourseMemory memory, List<ActorMention> mentions) {
    this.tree = tree;
    this.resolver = resolver;
    this.memory = memory;
    this.mentions = mentions;
  }

  /** "mediated talks between Israel and Hamas": the parties inside a non-actor object. */
  Argument inner(int phrase, String rule) {
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

  /**
   * "dispersed a banned opposition rally", "broke up a student protest", "cleared the farmers'
   * sit-in": those who hold a gathering, named by its modifiers, else protesters (whose country
   * the context gives).
   */
  Argument holders(int gathering, String rule) {
    for (int c : tree.children(gathering, "compound", "amod", "nmod:poss", "nmod")) {
      if (!tree.relation(c).equals("nmod") || tree.preposition(c).equals("of") || tree.preposition(c).equals("by")) {
        Argument a = argument(c, rule);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    org.dyad.model.Token word = tree.token(gathering);
    return new Argument(List.of(new ActorMention(org.dyad.model.Actor.of("", "CVL", "protesters"), word.word(), word.span(),
        org.dyad.model.CountrySource.NONE)), rule);
  }

  /** The actor(s) of the phrase headed by h, expanded over its conjuncts. */
  Argument argument(int h, String rule) {
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
      Optional<ActorMention> patron = a.isPresent() ? affiliation(head, a.get()) : Optional.empty();
      if (patron.isPresent()) {
        actors.add(patron.get());
        how = rule + "+affiliation";
        continue;
      }
      List<ActorMention> here = DiscourseMemory.referenceInSentence(tree, head, a, mentions);
      if (!here.isEmpty()) {
        actors.addAll(here);
        how = rule + "+reference(this sentence)";
        continue;
      }
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
      if (a.isEmpty() && rule.startsWith("target.") && (tree.token(head).pos().equals("CD") || countedNames(head))) {
        // "five were killed in police firing", "over 50 were detained", "detained 30 Kashmiris": people, counted
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

  /** "30 Kashmiris", "40 Uyghurs": a capitalised plural counted by a number names people the dictionaries lack. */
  private boolean countedNames(int head) {
    String word = tree.token(head).word();
    boolean capitalised = Character.isUpperCase(word.codePointAt(0)) && word.chars().skip(1).anyMatch(Character::isLowerCase);
    boolean plural = Set.of("NNS", "NNPS").contains(tree.token(head).pos()) && word.endsWith("s"); // (not "13 February")
    return capitalised && plural && tree.children(head, "nummod").stream()
        .anyMatch(n -> tree.token(n).pos().equals("CD"));
  }

  /**
   * A place acted upon: the phrase itself ("shelled Kharkiv"), the place of a settlement noun
   * ("the city of Sumy", "villages around Nabatieh") or of a military position ("positions near
   * Bakhmut"); never a place that
   * only says where something else stands ("talks in Miami").
   */
  Optional<ActorResolver.PlaceActor> placeTarget(int head) {
    Optional<ActorResolver.PlaceActor> self = resolver.placeAt(head);
    if (self.isPresent()) {
      return self;
    }
    String noun = tree.lemma(head);
    if (SURROUNDINGS.contains(noun)) { // "shelled the Kherson outskirts"
      for (int c : tree.children(head, "compound")) {
        Optional<ActorResolver.PlaceActor> place = resolver.placeAt(c);
        if (place.isPresent()) {
          return place;
        }
      }
    }
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

  /**
   * "Gunmen linked to al-Shabaab", "militants affiliated with Islamic State", "insurgents allied
   * with al-Qaeda", "rebels led by Hayat Tahrir al-Sham": armed men of no named country are the armed group they are said to belong to
   * (never a sponsor: "backed by Iran" names no member).
   */
  private Optional<ActorMention> affiliation(int head, ActorMention armed) {
    if (!armed.actor().country().isEmpty() || !HOME_GROUPS.contains(armed.actor().agent())) {
      return Optional.empty();
    }
    for (int link : tree.children(head, "acl", "amod")) {
      if (!AFFILIATIONS.contains(tree.lemma(link).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int group : tree.children(link, "obl", "nmod")) {
        Optional<ActorMention> g = resolver.actorAt(group)
            .filter(m -> !m.actor().country().isEmpty() && HOME_GROUPS.contains(m.actor().agent()));
        if (g.isPresent()) {
          return g;
        }
      }
    }
    return Optional.empty();
  }

  /** The token that ends a mention, its phrase head in this tree, or -1. */
  int headOf(ActorMention m) {
    return tree.tokenEndingAt(m.span().end());
  }

  /**
   * What a pronoun refers to within its sentence: the subject actor of an earlier clause ("Hungary
   * has said it will support …"), else the nearest actor before it. An object pronoun ("accusing
   * him of …", "repelled them") is never the subject of its own clause, nor of the clause a
   * participle hangs on, and takes only an actor of its number that is no place.
   */
  private Optional<ActorMention> antecedent(int pronoun) {
    int at = tree.token(pronoun).span().start();
    String word = tree.token(pronoun).word().toLowerCase(java.util.Locale.ROOT);
    // "officials confirmed it has killed three people": "it" stands for no plural common noun
    boolean singular = Set.of("it", "its").contains(word);
    boolean object = Set.of("him", "her", "them").contains(word) && (tree.is(pronoun, "obj") || tree.is(pronoun, "iobj"));
    int ownSubject = object ? ownSubject(tree.head(pronoun)) : -1;
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      if (m.span().end() > at) {
        break;
      }
      int i = headOf(m);
      if (singular && i >= 0 && tree.token(i).pos().equals("NNS")) {
        continue;
      }
      if (object && (i < 0 || i == ownSubject || !fitsObjectPronoun(word, m, i))) {
        continue;
      }
      if (i >= 0 && tree.is(i, "nsubj") && i != pronoun) {
        return Optional.of(m);
      }
      nearest = m;
    }
    return Optional.ofNullable(nearest);
  }

  /** The subject of a clause, or of the clause a subjectless participle or infinitive hangs on ("…, accusing him"). */
  private int ownSubject(int clause) {
    if (clause < 0) {
      return -1;
    }
    int subject = tree.subject(clause);
    if (subject < 0 && (tree.is(clause, "advcl") || tree.is(clause, "xcomp") || tree.is(clause, "dep"))) {
      subject = tree.subject(tree.head(clause));
    }
    return subject;
  }

  /** Whether an actor may be what "him", "her" or "them" stands for: of that number, and no country or city. */
  private boolean fitsObjectPronoun(String pronoun, ActorMention m, int head) {
    boolean plural = Set.of("NNS", "NNPS").contains(tree.token(head).pos());
    boolean place = m.actor().agent().isEmpty() || resolver.capitalPlace(head).isPresent();
    return !place && (pronoun.equals("them") ? plural || tree.token(head).isNoun() && !tree.token(head).isProperNoun() : !plural);
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
    for (int c : tree.children(h, "appos")) {
      if (listedCountries(h, c)) {
        all.add(c);
        all.addAll(conjuncts(c));
      }
    }
    if (tree.is(h, "nsubj") && tree.head(h) >= 0 && Headlines.shaped(tree.sentence().tokens(), 3)) {
      // "Sudan Army, RSF Agree to Truce": a headline's comma between subjects, parsed as two subjects of one verb
      for (int c : tree.children(tree.head(h), "nsubj")) {
        int first = tree.subtree(c).nextSetBit(0);
        if (c > h && !tree.token(c).isVerb() && first > 0 && tree.word(first - 1).equals(",")) {
          all.add(c);
          all.addAll(conjuncts(c));
        }
      }
    }
    return all;
  }

  /**
   * "tariffs on Mexico, Canada": two countries in apposition are a list, as headlines write one
   * (the parser reads the comma as apposition); "Kyiv, Ukraine" (one country) is not.
   */
  private boolean listedCountries(int h, int c) {
    if (!tree.token(h).isProperNoun() || !tree.token(c).isProperNoun()) {
      return false; // "Pakistan, a key U.S. ally": a description, not a list
    }
    Optional<ActorMention> a = resolver.actorAt(h);
    Optional<ActorMention> b = resolver.actorAt(c);
    return a.isPresent() && b.isPresent() && a.get().actor().agent().isEmpty() && b.get().actor().agent().isEmpty()
        && a.get().actor().country().length() == 3 && b.get().actor().country().length() == 3
        && !a.get().actor().country().equals(b.get().actor().country());
  }

  /**
   * "The government condemned the attack": a definite act of force named again, with no actor of its
   * own, stands for whoever made the act of force told before ({@link DiscourseMemory#attacker}).
   */
  Argument attackTold(int head, String rule) {
    if (!namesNoActor(head)) {
      return Argument.NONE;
    }
    return memory.attacker(tree, head)
        .map(a -> new Argument(List.of(a), rule + "+attack-anaphor(sentence " + memory.lastAttackSentence() + ")"))
        .orElse(Argument.NONE);
  }

  /** Whether no word or phrase inside a phrase names an actor ("the attack by Hamas" names its own). */
  private boolean namesNoActor(int head) {
    return tree.children(head).stream().noneMatch(c -> resolver.actorAt(c).isPresent());
  }
}
