package org.dyad.coder;

import java.util.List;
import org.dyad.model.ActorMention;

/**
 * The actors found for one side of an event and the rule that found them; several when the
 * phrase is a coordination ("Ukraine and Russia").
 */
record Argument(List<ActorMention> actors, String rule) {
  static final Argument NONE = new Argument(List.of(), "none");

  Argument {
    actors = List.copyOf(actors);
  }

  boolean isEmpty() {
    return actors.isEmpty();
  }
}
