package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The binary copy of the parser model the build ships holds exactly CoreNLP's text model's numbers, rounded to float. */
class ParserModelTest {
  private static ParserModel text;

  @BeforeAll
  static void load() {
    text = ParserModel.loadText(ParserWeights.ENGLISH_UD);
  }

  @Test
  void shipped_binary_copy_equals_the_text_model() throws IOException {
    try (InputStream in = ParserModel.class.getClassLoader().getResourceAsStream(ParserModel.binaryResource(ParserWeights.ENGLISH_UD))) {
      assertNotNull(in, "the build writes the binary copy into the classes");
      assertSame(text, ParserModel.readBinary(in));
    }
  }

  @Test
  void binary_round_trip_keeps_every_bit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text.writeBinary(out);
    assertSame(text, ParserModel.readBinary(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void a_file_that_is_not_a_binary_model_is_refused_with_its_start() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] other = "dict=77207\n".getBytes(StandardCharsets.UTF_8);
    out.write(0);
    out.write(other.length);
    out.writeBytes(other);
    IOException e = assertThrows(IOException.class, () -> ParserModel.readBinary(new ByteArrayInputStream(out.toByteArray())));
    assertEquals("not a Dyad parser model: starts with dict=77207\n", e.getMessage());
  }

  @Test
  void binary_resource_name() {
    assertEquals("org/dyad/nlp/english_UD.f32", ParserModel.binaryResource(ParserWeights.ENGLISH_UD));
  }

  private static void assertSame(ParserModel expected, ParserModel actual) {
    assertEquals(expected.words, actual.words);
    assertEquals(expected.tags, actual.tags);
    assertEquals(expected.labels, actual.labels);
    assertEquals(expected.embedding, actual.embedding);
    assertEquals(expected.hidden, actual.hidden);
    assertEquals(expected.positions, actual.positions);
    assertArrayEquals(expected.embeddings, actual.embeddings);
    assertArrayEquals(expected.inputWeights, actual.inputWeights);
    assertArrayEquals(expected.bias, actual.bias);
    assertArrayEquals(expected.outputWeights, actual.outputWeights);
  }
}
