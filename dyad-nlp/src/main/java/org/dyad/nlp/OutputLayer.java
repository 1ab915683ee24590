package org.dyad.nlp;

import java.util.Arrays;

/**
 * The parser's output layer: each transition's score is the dot product of its weights with a
 * configuration's cubed hidden layer. The dot products are the ones {@link #scoreByDotProducts}
 * takes (eight partial sums per transition, unit {@code h} into sum {@code h mod 8}, summed
 * pairwise at the end), bit for bit, but computed unit by unit across all transitions: the
 * weights are stored by hidden unit, each row padded to a multiple of 16 transitions, and every
 * partial sum of every transition is updated by one multiply and one add per unit. That inner
 * loop has no reduction, so the JIT compiles it to vector instructions; the dot products, whose
 * float sums Java may not reorder, ran one multiply-add at a time.
 *
 * <p>Thread-safe: the weights are fixed; callers bring their own working arrays.
 */
final class OutputLayer {
  private static final int PARTIALS = 8;
  private final int hidden;
  private final int transitions;
  /** Transitions per row of {@link #byUnit}, padded with zero weights. */
  private final int width;
  /** Row {@code h} holds hidden unit h's weight for every transition (rows apart, so the inner loop indexes from 0). */
  private final float[][] byUnit;
  /** Row {@code t} holds transition t's weight of every hidden unit, as the model stores them. */
  private final float[] byTransition;
  /** Units from here on go into the first partial sum, as the dot product's tail does. */
  private final int blocked;

  OutputLayer(float[] byTransition, int transitions, int hidden) {
    this.hidden = hidden;
    this.transitions = transitions;
    this.width = (transitions + 15) / 16 * 16;
    this.byTransition = byTransition;
    this.byUnit = new float[hidden][width];
    for (int t = 0; t < transitions; t++) {
      for (int h = 0; h < hidden; h++) {
        byUnit[h][t] = byTransition[t * hidden + h];
      }
    }
    this.blocked = hidden - hidden % PARTIALS;
  }

  /** Working space {@link #score} needs for {@code count} configurations: eight partial sums of every transition each. */
  float[][] workspace(int count) {
    return new float[count * PARTIALS][width];
  }

  /**
   * The scores of the first {@code count} cubed hidden layers ({@code hidden} floats each),
   * {@code transitions} each into {@code scores}; {@code partial} is at least {@link #workspace}.
   */
  void score(float[][] cubes, int count, float[] scores, float[][] partial) {
    for (int p = 0; p < count * PARTIALS; p++) {
      Arrays.fill(partial[p], 0f);
    }
    // Units h, h + 8, h + 16 and h + 24 go into the same partial sum, in that order: one pass adds all four.
    int h = 0;
    for (; h + 4 * PARTIALS <= blocked; h += 4 * PARTIALS) {
      for (int lane = 0; lane < PARTIALS; lane++) {
        int u = h + lane;
        float[] r0 = byUnit[u];
        float[] r1 = byUnit[u + PARTIALS];
        float[] r2 = byUnit[u + 2 * PARTIALS];
        float[] r3 = byUnit[u + 3 * PARTIALS];
        for (int b = 0; b < count; b++) {
          float[] c = cubes[b];
          addScaled(partial[b * PARTIALS + lane], r0, c[u], r1, c[u + PARTIALS], r2, c[u + 2 * PARTIALS], r3, c[u + 3 * PARTIALS]);
        }
      }
    }
    for (; h < hidden; h++) {
      float[] row = byUnit[h];
      int lane = h < blocked ? h % PARTIALS : 0;
      for (int b = 0; b < count; b++) {
        addScaled(partial[b * PARTIALS + lane], row, cubes[b][h]);
      }
    }
    for (int b = 0; b < count; b++) {
      float[][] p = Arrays.copyOfRange(partial, b * PARTIALS, b * PARTIALS + PARTIALS);
      int s = b * transitions;
      for (int t = 0; t < transitions; t++) {
        scores[s + t] = ((p[0][t] + p[1][t]) + (p[2][t] + p[3][t])) + ((p[4][t] + p[5][t]) + (p[6][t] + p[7][t]));
      }
    }
  }

  /** {@code sums += r0 × x0}, then {@code + r1 × x1} and so on, element by element, in one vectorised pass. */
  private static void addScaled(float[] sums, float[] r0, float x0, float[] r1, float x1, float[] r2, float x2,
      float[] r3, float x3) {
    for (int t = 0; t < sums.length; t++) {
      sums[t] = (((sums[t] + r0[t] * x0) + r1[t] * x1) + r2[t] * x2) + r3[t] * x3;
    }
  }

  /** {@code sums += row × x}, element by element: a loop from index 0 over whole arrays, which the JIT vectorises. */
  private static void addScaled(float[] sums, float[] row, float x) {
    for (int t = 0; t < sums.length; t++) {
      sums[t] += row[t] * x;
    }
  }

  /**
   * The same scores as {@link #score}, transition by transition, each dot product with eight
   * partial sums: the reference it must equal, for tests.
   */
  void scoreByDotProducts(float[][] cubes, int count, float[] scores) {
    float[] w = byTransition;
    for (int t = 0; t < transitions; t++) {
      int r = t * hidden;
      for (int b = 0; b < count; b++) {
        float[] x = cubes[b];
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int h = 0;
        for (; h < blocked; h += 8) {
          s0 += w[r + h] * x[h];
          s1 += w[r + h + 1] * x[h + 1];
          s2 += w[r + h + 2] * x[h + 2];
          s3 += w[r + h + 3] * x[h + 3];
          s4 += w[r + h + 4] * x[h + 4];
          s5 += w[r + h + 5] * x[h + 5];
          s6 += w[r + h + 6] * x[h + 6];
          s7 += w[r + h + 7] * x[h + 7];
        }
        for (; h < hidden; h++) {
          s0 += w[r + h] * x[h];
        }
        scores[b * transitions + t] = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
      }
    }
  }
}
