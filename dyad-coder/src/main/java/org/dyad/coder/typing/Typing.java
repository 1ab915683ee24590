package org.dyad.coder.typing;

import java.util.List;
import java.util.Optional;

/**
 * How a sentence was typed: its nearest exemplars labelled with CAMEO codes (and "none" for
 * sentences that report no event), and its nearest ACLED-style sub-event type descriptions, each
 * best first.
 *
 * @param cameo the nearest exemplars labelled with a CAMEO code or {@link Exemplar#NO_EVENT}
 * @param subEvents the nearest sub-event type descriptions, labelled with the sub-event type
 */
public record Typing(List<Neighbour> cameo, List<Neighbour> subEvents) {
  public Typing {
    cameo = List.copyOf(cameo);
    subEvents = List.copyOf(subEvents);
  }

  /** An exemplar and how similar the sentence is to it (cosine similarity). */
  public record Neighbour(Exemplar exemplar, double similarity) {}

  /**
   * The CAMEO root the k nearest exemplars vote for, each weighted by its similarity; "none" wins
   * when most of the weight is on exemplars of no event.
   */
  public Optional<Vote> rootVote(int k) {
    java.util.Map<String, Double> weight = new java.util.HashMap<>();
    double total = 0;
    for (Neighbour n : cameo.subList(0, Math.min(k, cameo.size()))) {
      String label = n.exemplar().label();
      String root = label.equals(Exemplar.NO_EVENT) ? label : label.substring(0, 2);
      weight.merge(root, n.similarity(), Double::sum);
      total += n.similarity();
    }
    double sum = total;
    return weight.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
        .map(e -> new Vote(e.getKey(), sum == 0 ? 0 : e.getValue() / sum, cameo.get(0).similarity()));
  }

  /**
   * A vote: the root (or "none"), the share of the neighbours' weight it got, and the similarity
   * of the nearest exemplar.
   */
  public record Vote(String label, double share, double topSimilarity) {}

  /** The nearest sub-event type, if any. */
  public Optional<Neighbour> nearestSubEvent() {
    return subEvents.isEmpty() ? Optional.empty() : Optional.of(subEvents.get(0));
  }
}
