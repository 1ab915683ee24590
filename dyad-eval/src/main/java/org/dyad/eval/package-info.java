/**
 * Evaluation: gold sets ({@link org.dyad.eval.GoldFormat}: Dyad JSONL, PETRARCH validation
 * records, PLOVER gold standard) coded and scored by {@link org.dyad.eval.Scorer}, with the
 * accuracy ratchet in {@link org.dyad.eval.Floors}. Scores are multiset comparisons per record, so
 * compound actors and repeated events count correctly.
 */
package org.dyad.eval;
