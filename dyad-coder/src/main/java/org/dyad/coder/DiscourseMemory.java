package org.dyad.coder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.CountrySource;
import org.dyad.model.Span;

/**
 * Remembers, across the sentences of one article, whose initiative was last mentioned ("a
 * proposal" advocated by Trump's advisers), so that a later "such concessions" or "this plan" can
 * be traced to its actor; and the subject of the last sentence, for a pronoun that refers back to it
 * ("It said …"). A deliberately small piece of coreference: most recent wins.
 *
 * <p>One instance per article; not thread-safe.
 */
final class DiscourseMemory {
  static final Set<String> INITIATIVES =
      Set.of(
          "proposal", "plan", "decision", "concession", "deal", "policy", "move", "offer", "initiative",
          "idea", "approach", "step", "measure", "demand", "strategy", "framework", "scheme");
  private static final Set<String> ANAPHORIC = Set.of("this", "that", "these", "those", "such", "the");

  private ActorMention lastOwner;
  private int lastSentence = -1;
  /** The source of the last act of force coded (CAMEO 18-20), for a later "the attack". */
  private ActorMention lastAttacker;
  private int lastAttackSentence = -1;
  /** Lemmas of nouns that name an act of force already told: "condemned the attack". */
  private static final Set<String> ACTS_OF_FORCE = Set.of("attack", "bombing", "strike", "airstrike", "shelling", "assault", "raid",
      "killing", "shooting", "ambush", "massacre", "abduction", "kidnapping", "blast", "explosion");
  private ActorMention lastSubject;
  private int lastSubjectSentence = -1;
  /** The actors of earlier sentences with a country or organization, most recent last. */
  private final java.util.Deque<ActorMention> recent = new java.util.ArrayDeque<>();
  private int recentSentence = -1;
  private static final int REMEMBERED = 20;
  private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "movement", "militia", "faction");
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state");
  private static final Set<String> ARMED = Set.of("REB", "UAF", "INS", "SEP", "RAD");

  /** A copy to code a sentence with that leaves this memory as it was (ArticleCoder: sentences coded only for the learned typer). */
  DiscourseMemory copy() {
    DiscourseMemory c = new DiscourseMemory();
    c.lastOwner = lastOwner;
    c.lastSentence = lastSentence;
    c.lastSubject = lastSubject;
    c.lastSubjectSentence = lastSubjectSentence;
    c.recent.addAll(recent);
    c.recentSentence = recentSentence;
    c.lastAttacker = lastAttacker;
    c.lastAttackSentence = lastAttackSentence;
    return c;
  }

  /** The owner of an anaphoric initiative phrase ("such concessions") named earlier, if any. */
  Optional<ActorMention> resolve(DependencyTree tree, int h) {
    if (lastOwner == null || !INITIATIVES.contains(tree.lemma(h))) {
      return Optional.empty();
    }
    boolean anaphoric = false;
    for (int c : tree.children(h, "det", "amod")) {
      anaphoric |= ANAPHORIC.contains(tree.word(c));
    }
    if (!anaphoric) {
      return Optional.empty();
    }
    int first = tree.subtree(h).nextSetBit(0);
    Span span = new Span(tree.token(first).span().start(), tree.token(h).span().end());
    return Optional.of(new ActorMention(lastOwner.actor(), tree.text(first, h), span));
  }

  /**
   * The doer of an act of force told in an earlier sentence, for a definite phrase that names such
   * an act again and names no actor of its own ("Gunmen attacked a church … The government condemned
   * the attack"); empty otherwise.
   */
  Optional<ActorMention> attacker(DependencyTree tree, int h) {
    if (lastAttacker == null || lastAttackSentence >= tree.sentence().index() || !ACTS_OF_FORCE.contains(tree.lemma(h).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    boolean anaphoric = tree.children(h, "det", "amod").stream().anyMatch(c -> ANAPHORIC.contains(tree.word(c).toLowerCase(java.util.Locale.ROOT)));
    if (!anaphoric) {
      return Optional.empty();
    }
    int first = tree.subtree(h).nextSetBit(0);
    Span span = new Span(tree.token(first).span().start(), tree.token(h).span().end());
    return Optional.of(new ActorMention(lastAttacker.actor(), tree.text(first, h), span, CountrySource.REFERENCE));
  }

  int lastAttackSentence() {
    return lastAttackSentence;
  }

  /** Records the doer of the sentence's last asserted act of force that has a country or is an organization. */
  void observeActs(List<org.dyad.model.Event> events) {
    for (org.dyad.model.Event e : events) {
      String root = e.code().root();
      if (e.asserted() && Set.of("18", "19", "20").contains(root) && !e.source().actor().country().isEmpty()) {
        lastAttacker = e.source();
        lastAttackSentence = e.sentenceIndex();
      }
    }
  }

  /** Which sentence the remembered owner was found in, for evidence. */
  int lastSentence() {
    return lastSentence;
  }

  /** The subject actor of the last coded sentence that had one, for a pronoun opening the next ("It said …"). */
  Optional<ActorMention> lastSubject() {
    return Optional.ofNullable(lastSubject);
  }

  int lastSubjectSentence() {
    return lastSubjectSentence;
  }

  /**
   * What a definite short reference points back to, in earlier sentences: "the ministry" or "the
   * army" (a sector with no country) → that sector of the last country named; "the group" → the
   * last armed group or organization named; "the country" → the last country named; "the two
   * sides" → the last two countries named. Empty when the phrase is none of these, or nothing fits.
   */
  /**
   * "Hezbollah's leader said the group would fire rockets …": the armed group or organization a
   * definite group noun refers to among the sentence's mentions named before it (nearest first), or none.
   */
  static List<ActorMention> referenceInSentence(DependencyTree tree, int head, Optional<ActorMention> local, List<ActorMention> mentions) {
    boolean definite = tree.children(head, "det").stream().anyMatch(c -> tree.word(c).equalsIgnoreCase("the"));
    String noun = tree.lemma(head);
    // (not a country noun: "the wealthy Gulf state" after "Egypt's" is another country)
    if (!definite || local.isPresent() || !GROUP_NOUNS.contains(noun)) {
      return List.of();
    }
    String text = tree.subtreeText(head);
    Span span = tree.token(head).span();
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Actor a = mentions.get(i).actor();
      if (mentions.get(i).span().end() <= span.start() && groupLike(a)) {
        return List.of(new ActorMention(a, text, span, CountrySource.REFERENCE));
      }
    }
    return List.of();
  }

  List<ActorMention> reference(DependencyTree tree, int head, Optional<ActorMention> local) {
    boolean definite = false;
    boolean two = false;
    for (int c : tree.children(head, "det", "nummod")) {
      String w = tree.word(c);
      definite |= w.equals("the") || w.equals("this") || w.equals("that") || w.equals("both");
      two |= w.equals("two") || w.equals("both");
    }
    if (!definite || recent.isEmpty() || (local.isPresent() && !local.get().actor().country().isEmpty())) {
      return List.of(); // "the Kremlin", "the Islamic State" name their actor themselves
    }
    String noun = tree.lemma(head);
    Span span = tree.token(head).span();
    String text = tree.subtreeText(head);
    if (noun.equals("side") && two) {
      List<ActorMention> sides = new java.util.ArrayList<>();
      java.util.Iterator<ActorMention> back = recent.descendingIterator();
      while (back.hasNext() && sides.size() < 2) {
        ActorMention m = back.next();
        String c = m.actor().country();
        if (c.length() == 3 && sides.stream().noneMatch(x -> x.actor().country().equals(c))) {
          sides.add(new ActorMention(Actor.of(c, "", m.actor().name()), text, span, CountrySource.REFERENCE));
        }
      }
      return sides.size() == 2 ? sides : List.of();
    }
    if (local.isPresent() && local.get().actor().country().isEmpty() && !local.get().actor().agent().isEmpty()
        && lastSubject != null && lastSubject.actor().country().length() == 3 && !ARMED.contains(lastSubject.actor().agent())) {
      // "Japan protested a Chinese drill. The ministry summoned …": the last subject, not the last name
      return List.of(local.get().inCountry(lastSubject.actor().country(), CountrySource.REFERENCE));
    }
    java.util.Iterator<ActorMention> back = recent.descendingIterator();
    while (back.hasNext()) {
      ActorMention m = back.next();
      Actor a = m.actor();
      if (GROUP_NOUNS.contains(noun) && groupLike(a)) {
        return List.of(new ActorMention(a, text, span, CountrySource.REFERENCE));
      }
      if (COUNTRY_NOUNS.contains(noun) && a.country().length() == 3) {
        return List.of(new ActorMention(Actor.of(a.country(), "", a.name()), text, span, CountrySource.REFERENCE));
      }
      if (local.isPresent() && local.get().actor().country().isEmpty() && !local.get().actor().agent().isEmpty()
          && a.country().length() == 3 && !ARMED.contains(a.agent())) {
        return List.of(local.get().inCountry(a.country(), CountrySource.REFERENCE));
      }
    }
    return List.of();
  }

  /** Whether "the group", "the movement" may mean the actor: an armed group, an international or a non-governmental organization. */
  private static boolean groupLike(Actor a) {
    return ARMED.contains(a.agent()) || a.code().startsWith("IGO") || a.code().startsWith("NGO");
  }

  /** "talks in Washington": a place where something happened is no actor a later "the two sides" means. */
  private static boolean isPlace(DependencyTree tree, ActorMention m) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).span().end() == m.span().end()) {
        return Set.of("in", "at", "near", "outside", "inside", "across", "throughout").contains(tree.preposition(i));
      }
    }
    return false;
  }

  /** The sentence the last remembered actors came from, for evidence. */
  int recentSentence() {
    return recentSentence;
  }

  /** Records the owners of the initiative nouns of a coded sentence, and its main clause's subject actor. */
  void observe(DependencyTree tree, ActorResolver resolver) {
    for (ActorMention m : resolver.mentions()) {
      if (!m.actor().country().isEmpty() && !isPlace(tree, m)) {
        recent.addLast(m);
        recentSentence = tree.sentence().index();
        if (recent.size() > REMEMBERED) {
          recent.removeFirst();
        }
      }
    }
    for (int i = 0; i < tree.size(); i++) {
      if (tree.head(i) >= 0 && tree.head(tree.head(i)) < 0 && tree.is(i, "nsubj")) {
        Optional<ActorMention> subject = resolver.actorAt(i);
        if (subject.isPresent() && !subject.get().actor().country().isEmpty()) {
          lastSubject = subject.get();
          lastSubjectSentence = tree.sentence().index();
        }
      }
    }
    for (int i = 0; i < tree.size(); i++) {
      if (!tree.token(i).isNoun() || !INITIATIVES.contains(tree.lemma(i))) {
        continue;
      }
      Optional<ActorMention> owner = resolver.ownerOf(i);
      int head = tree.head(i);
      if (owner.isEmpty() && head >= 0 && (tree.is(i, "obj") || tree.is(i, "obl"))) {
        int subject = tree.child(head, "nsubj");
        owner = subject >= 0 ? resolver.actorAt(subject) : Optional.empty();
      }
      if (owner.isEmpty()) {
        owner = resolve(tree, i);
      }
      if (owner.isPresent()) {
        lastOwner = owner.get();
        lastSentence = tree.sentence().index();
      }
    }
  }
}
