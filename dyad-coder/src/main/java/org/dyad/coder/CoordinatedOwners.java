package org.dyad.coder;

import java.util.List;
import java.util.Map;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * Repairs a coordination the parser took for a compound: "Congo's government and M23 rebels signed
 * a declaration" is parsed with "government and M23" one compound modifier of "rebels", the subject.
 * A noun with an owner of its own ("Congo's government") modifies no noun after it, so when a
 * compound modifier has a possessive owner and a conjunct, it is the first conjunct of the phrase:
 * it takes the head's place, the head becomes its conjunct, and the conjunct the head's modifier
 * ("M23 rebels"). Only relations change, and the repaired parse is the one the trace shows.
 */
final class CoordinatedOwners {
  private CoordinatedOwners() {}

  /** The sentence with such a coordination repaired, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    for (Dependency d : deps) {
      int modifier = d.dependent();
      int head = d.head();
      if (!d.relation().equals("compound") || head < 0 || modifier > head
          || Rehanging.dependent(deps, modifier, "nmod:poss") < 0) {
        continue;
      }
      int conjunct = Rehanging.dependent(deps, modifier, "conj");
      if (conjunct < 0 || conjunct > head) {
        continue;
      }
      Dependency headEdge = deps.stream().filter(e -> e.dependent() == head).findFirst().orElse(null);
      if (headEdge == null) {
        continue;
      }
      return Rehanging.rehung(sentence, Map.of(
          modifier, new Dependency(headEdge.head(), modifier, headEdge.relation()),
          head, new Dependency(modifier, head, "conj"),
          conjunct, new Dependency(head, conjunct, "compound")));
    }
    return sentence;
  }
}
