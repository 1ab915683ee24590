package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * The two steps every parse repair takes ({@link ReducedRelatives}, {@link FiniteModifiers},
 * {@link StolenObjects}): finding a word's dependent by relation, and giving some words new heads
 * and relations while every other edge stays as parsed.
 */
final class Rehanging {
  private Rehanging() {}

  /** The first dependent of {@code head} with that relation, or -1. */
  static int dependent(List<Dependency> deps, int head, String relation) {
    return deps.stream().filter(d -> d.head() == head && d.relation().equals(relation)).mapToInt(Dependency::dependent).findFirst()
        .orElse(-1);
  }

  /** The sentence with the edge of each word in {@code edges} (keyed by the word) replaced, in the parse's order. */
  static Sentence rehung(Sentence sentence, Map<Integer, Dependency> edges) {
    List<Dependency> repaired = new ArrayList<>(sentence.dependencies().size());
    for (Dependency d : sentence.dependencies()) {
      repaired.add(edges.getOrDefault(d.dependent(), d));
    }
    return new Sentence(sentence.index(), sentence.span(), sentence.text(), sentence.tokens(), List.copyOf(repaired));
  }
}
