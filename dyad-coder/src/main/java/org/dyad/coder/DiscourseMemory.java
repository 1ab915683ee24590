package org.dyad.coder;

import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;
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
  private ActorMention lastSubject;
  private int lastSubjectSentence = -1;

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

  /** Records the owners of the initiative nouns of a coded sentence, and its main clause's subject actor. */
  void observe(DependencyTree tree, ActorResolver resolver) {
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
