package org.dyad.coder;

import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.places.Place;

/**
 * The actors found for one side of an event and the rule that found them; several when the
 * phrase is a coordination ("Ukraine and Russia"). A place acted upon ("shelled Kharkiv") is its
 * country, and the place is kept as where the event happened.
 */
record Argument(List<ActorMention> actors, String rule, Optional<Place> place) {
  static final Argument NONE = new Argument(List.of(), "none");

  Argument {
    actors = List.copyOf(actors);
  }

  Argument(List<ActorMention> actors, String rule) {
    this(actors, rule, Optional.empty());
  }

  boolean isEmpty() {
    return actors.isEmpty();
  }
}
