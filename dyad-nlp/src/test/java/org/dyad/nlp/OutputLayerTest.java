package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The output layer computed unit by unit across transitions gives the dot products' scores bit
 * for bit, so parses are the same as before it.
 */
class OutputLayerTest {

  @Test
  void scores_by_unit_are_the_dot_products_bit_for_bit_on_the_english_model() {
    ParserModel model = ParserModel.load(ParserWeights.ENGLISH_UD);
    int transitions = 2 * (model.labels.size() - 1) + 1;
    OutputLayer layer = new OutputLayer(model.outputWeights, transitions, model.hidden);
    Random random = new Random(17);
    for (int count : new int[] {1, 2, 5, 37}) {
      assertSame(layer, cubes(random, count, model.hidden), count, transitions);
    }
  }

  @Test
  void a_layer_whose_units_do_not_fill_the_partial_sums_keeps_the_tail_in_the_first() {
    Random random = new Random(3);
    int hidden = 21;
    int transitions = 17;
    float[] weights = cubes(random, 1, hidden * transitions)[0];
    OutputLayer layer = new OutputLayer(weights, transitions, hidden);
    for (int count : new int[] {1, 4}) {
      assertSame(layer, cubes(random, count, hidden), count, transitions);
    }
  }

  private static void assertSame(OutputLayer layer, float[][] cubes, int count, int transitions) {
    float[] expected = new float[count * transitions];
    layer.scoreByDotProducts(cubes, count, expected);
    float[] actual = new float[count * transitions];
    float[][] partial = layer.workspace(count);
    for (float[] sums : partial) {
      java.util.Arrays.fill(sums, Float.NaN); // left over from an earlier call
    }
    layer.score(cubes, count, actual, partial);
    assertNotEquals(0f, expected[0]);
    for (int i = 0; i < expected.length; i++) {
      // bit for bit, so that no tie between transitions can break differently
      assertArrayEquals(new int[] {Float.floatToRawIntBits(expected[i])},
          new int[] {Float.floatToRawIntBits(actual[i])}, "score " + i + " of " + count + " configurations");
    }
  }

  /** {@code count} cubed sums of about the hidden layer's size, with some exact zeros and negative zeros. */
  private static float[][] cubes(Random random, int count, int size) {
    float[][] cubes = new float[count][size];
    for (int b = 0; b < count; b++) {
      for (int i = 0; i < size; i++) {
        float x = (float) (random.nextGaussian() * (i % 7 == 0 ? 10 : 0.5));
        cubes[b][i] = i % 53 == 0 ? 0f : i % 59 == 0 ? -0f : x * x * x;
      }
    }
    return cubes;
  }
}
