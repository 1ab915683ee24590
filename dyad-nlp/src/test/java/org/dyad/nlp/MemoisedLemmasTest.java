package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remembered lemmas are CoreNLP's, whether a pair is seen the first time or again. */
class MemoisedLemmasTest {
  private static final String TAGGED = "Protesters/NNS were/VBD shelled/VBN ;/: police/NN teargassed/VBD"
      + " them/PRP and/CC set_up/VB roadblocks/NNS ,/, the/DT U.S./NNP said/VBD ./. Saw/NNP saw/VBD saws/VBZ"
      + " better/JJR better/RBR men/NNS women/NNS 's/POS ''/'' was/VBD leaving/VBG left/VBN left/JJ";

  @Test
  void lemmas_are_morphas_first_time_and_from_memory() {
    MemoisedLemmas memo = new MemoisedLemmas();
    List<CoreLabel> expected = tokens();
    Annotation annotation = new Annotation("");
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, expected);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    new MorphaAnnotator(false).annotate(annotation);
    for (int round = 0; round < 2; round++) {
      List<CoreLabel> actual = tokens();
      memo.annotate(actual);
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i).lemma(), actual.get(i).lemma(), expected.get(i).word() + " in round " + round);
      }
    }
    assertEquals("shell", expected.get(2).lemma());
    assertEquals("set_up", expected.get(8).lemma());
  }

  private static List<CoreLabel> tokens() {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : TAGGED.split(" ")) {
      CoreLabel token = new CoreLabel();
      String word = pair.substring(0, pair.lastIndexOf('/'));
      token.setWord(word);
      token.setValue(word);
      token.set(CoreAnnotations.TextAnnotation.class, word);
      token.setTag(pair.substring(pair.lastIndexOf('/') + 1));
      tokens.add(token);
    }
    return tokens;
  }
}
