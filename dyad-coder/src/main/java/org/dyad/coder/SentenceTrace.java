package org.dyad.coder;

import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;

/**
 * Everything the coder saw and decided in one sentence, for {@code --explain}.
 *
 * @param sentence the sentence (with its tree when it was parsed)
 * @param parse the tree as {@code rel(head, dependent)} lines; empty when not parsed
 * @param actors the actor phrases found (when parsed), or the bare names (when not)
 * @param decisions one per event word
 * @param skipped why the sentence was not parsed, or empty
 */
public record SentenceTrace(
    Sentence sentence,
    List<String> parse,
    List<ActorMention> actors,
    List<Decision> decisions,
    String skipped) {
  public SentenceTrace {
    parse = List.copyOf(parse);
    actors = List.copyOf(actors);
    decisions = List.copyOf(decisions);
  }

  /** Whether the sentence stopped before tagging: its words alone showed it cannot hold an event, or its article is discarded. */
  public boolean skippedBeforeTagging() {
    return skipped.endsWith(TaggingFilter.BEFORE_TAGGING) || skipped.startsWith(ArticleCoder.DISCARDED);
  }
}
