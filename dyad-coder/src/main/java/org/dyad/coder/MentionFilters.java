package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.LOCATIVE;

import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * Tests of where an actor mention stands in the sentence, which keep bystanders out of the target
 * rules: inside a phrase, a place ("in Moscow"), a topic ("about aid to Ukraine"), an attribution
 * ("according to …"), the agent of another act, or the source itself. One instance per sentence.
 */
final class MentionFilters {
  private final DependencyTree tree;

  MentionFilters(DependencyTree tree) {
    this.tree = tree;
  }

  /** Whether the mention starts at a token of the phrase headed by clause. */
  boolean inside(ActorMention m, int clause) {
    var sub = tree.subtree(clause);
    for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
      if (tree.token(i).span().start() == m.span().start()) {
        return true;
      }
    }
    return false;
  }

  /** "in Moscow", "near Kharkiv": a place where something happened is not its target. */
  boolean isPlace(ActorMention m) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).span().end() == m.span().end()) {
        return LOCATIVE.contains(tree.preposition(i));
      }
    }
    return false;
  }

  /** Inside a topic phrase of the act ("about military aid to Ukraine"): a bystander, not the target. */
  boolean inTopic(ActorMention m, Trigger trigger) {
    Set<String> topics = ActKinds.topics(trigger);
    for (int i = 0; i < tree.size(); i++) {
      if ((tree.is(i, "nmod") || tree.is(i, "obl")) && topics.contains(tree.preposition(i)) && inside(m, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "reached a deal in talks hosted by Egypt": the agent of another participle is no party to a
   * joint act (though the agent of "crimes committed by Hamas" is what an inquiry is about).
   */
  boolean agentOfAnotherAct(ActorMention m, int trigger) {
    for (int i = 0; i < tree.size(); i++) {
      if (i != trigger && tree.isPassiveModifier(i)) {
        for (int c : tree.children(i, "obl")) {
          if (tree.preposition(c).equals("by") && inside(m, c)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Inside "according to …", or the speaker of a reporting verb ("…, a Jordanian official confirmed"). */
  boolean inAttribution(ActorMention m) {
    for (int i = 0; i < tree.size(); i++) {
      boolean cited = tree.preposition(i).equals("accord to")
          || (tree.is(i, "nsubj") && tree.head(i) >= 0 && ModalityAnalyzer.REPORTING.contains(tree.lemma(tree.head(i))));
      if (cited && inside(m, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention is, contains or lies within one of the source's. */
  /** "Serbia" in "Serbia's government": a mention inside a longer one, which names the actor the phrase is. */
  static boolean withinAnother(ActorMention m, java.util.List<ActorMention> mentions) {
    return mentions.stream().anyMatch(o -> o != m && o.span().start() <= m.span().start() && m.span().end() <= o.span().end()
        && (o.span().end() - o.span().start()) > (m.span().end() - m.span().start()));
  }

  static boolean isSource(ActorMention m, Argument source) {
    for (ActorMention s : source.actors()) {
      if (s.span().equals(m.span()) || s.span().contains(m.span()) || m.span().contains(s.span())) {
        return true;
      }
    }
    return false;
  }

  /** Whether two arguments' first actors have the same code (b non-empty). */
  static boolean same(Argument a, Argument b) {
    return !b.isEmpty() && a.actors().get(0).actor().code().equals(b.actors().get(0).actor().code());
  }
}
