package org.dyad.model;

import java.util.Objects;

/**
 * A typed edge of a Universal Dependencies tree: {@code relation(head, dependent)}.
 *
 * @param head token index of the governor, or {@code -1} for the root edge
 * @param dependent token index of the dependent
 * @param relation the UD relation with its subtype, e.g. {@code nsubj}, {@code obl}, {@code nmod:poss}
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad edge: head=" + head + ", dependent=" + dependent);
    }
  }
}
