package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** MinHash signatures on a wire story, its reprints, and other stories on the same topic. */
class MinHashTest {
  static final String WIRE = """
      Azerbaijan and Armenia trade accusations after border shooting
      By Staff Reporter
      BAKU, May 3 (Wire) - Azerbaijani forces fired on Armenian positions near the village of Sotk on Friday, \
      the Armenian defence ministry said, in the most serious incident on the border in months. \
      One Armenian soldier was wounded, the ministry said in a statement, and Armenian troops returned fire. \
      Azerbaijan's defence ministry denied the account and accused Armenian units of shelling its positions in the Kalbajar district overnight. \
      The two countries have held talks on a peace treaty since last year, mediated in turn by the European Union, the United States and Russia. \
      Officials in Yerevan said the incident would not derail the negotiations, which are due to resume in Brussels later this month. \
      Diplomats said both sides had agreed in principle on the delimitation of the border but disagreed over transit routes. \
      The European Union called on both governments to show restraint and to return to the negotiating table.
      """;

  /** The same story under another outlet's headline and byline, with one sentence reworded. */
  static final String REPRINT = """
      Armenia says soldier wounded as Azerbaijan opens fire on border
      By Our Correspondent in Yerevan
      BAKU, May 3 (Wire) - Azerbaijani forces fired on Armenian positions near the village of Sotk on Friday, \
      the Armenian defence ministry said, in the most serious incident on the border in months. \
      One Armenian soldier was wounded, the ministry said in a statement, and Armenian troops returned fire. \
      Azerbaijan's defence ministry denied the account and accused Armenian units of shelling its positions in the Kalbajar district overnight. \
      The two countries have held talks on a peace treaty since last year, mediated in turn by the European Union, the United States and Russia. \
      Officials in Yerevan said the incident would not derail the negotiations, which are due to resume in Brussels later this month. \
      Diplomats said both sides had agreed in principle on the delimitation of the border but disagreed over transit routes. \
      Brussels urged both governments to show restraint and to return to the negotiating table.
      """;

  /** Another story on the same topic (the same border, the same actors, the same talks). */
  static final String SAME_TOPIC = """
      Armenia and Azerbaijan resume border talks in Brussels
      By Staff Reporter
      BRUSSELS, May 21 (Wire) - Armenian and Azerbaijani negotiators met in Brussels on Tuesday for a new round of talks on a peace treaty, \
      three weeks after a shooting on the border near Sotk wounded an Armenian soldier. \
      The European Union, which hosted the meeting, said the two delegations discussed the delimitation of the border and transit routes. \
      Armenia's foreign minister said progress had been made but that Azerbaijan must withdraw troops from Armenian territory. \
      Azerbaijan's foreign ministry said Baku remained committed to the negotiations and accused Yerevan of delaying the treaty. \
      No date was set for the next round.
      """;

  /** A different story. */
  static final String OTHER_STORY = """
      India and Pakistan hold talks on water sharing
      NEW DELHI, May 4 (Wire) - Indian and Pakistani officials met in New Delhi on Saturday to discuss the Indus waters treaty, \
      the Indian foreign ministry said. The two sides agreed to meet again in Islamabad in July.
      """;

  @Test
  void similarity_ofAReprint_isAboveTheThreshold() {
    double s = MinHash.of(WIRE).similarity(MinHash.of(REPRINT));
    assertTrue(s >= MinHash.THRESHOLD, "similarity " + s);
    assertTrue(s < 1.0, "similarity " + s);
  }

  @Test
  void similarity_ofAnotherStoryOnTheSameTopic_isFarBelowTheThreshold() {
    double s = MinHash.of(WIRE).similarity(MinHash.of(SAME_TOPIC));
    assertTrue(s < 0.3, "similarity " + s);
    assertTrue(MinHash.of(WIRE).similarity(MinHash.of(OTHER_STORY)) < 0.1);
  }

  @Test
  void similarity_ofTheSameTextUnderOtherCaseAndPunctuation_isOne() {
    assertEquals(1.0, MinHash.of(WIRE).similarity(MinHash.of(WIRE.toUpperCase(java.util.Locale.ROOT).replace(",", " ;"))));
  }

  @Test
  void bandKeys_ofAReprint_shareABucket_andOfAnotherStory_shareNone() {
    long[] wire = MinHash.of(WIRE).bandKeys();
    assertEquals(MinHash.BANDS, wire.length);
    assertTrue(Arrays.stream(MinHash.of(REPRINT).bandKeys()).anyMatch(k -> Arrays.stream(wire).anyMatch(w -> w == k)));
    assertFalse(Arrays.stream(MinHash.of(SAME_TOPIC).bandKeys()).anyMatch(k -> Arrays.stream(wire).anyMatch(w -> w == k)));
  }

  @Test
  void bytes_roundTrip() {
    MinHash m = MinHash.of(WIRE);
    assertEquals(1.0, MinHash.fromBytes(m.bytes()).similarity(m));
  }

  @Test
  void of_textWithoutWords_isEmpty_andShortTextIsOneShingle() {
    assertTrue(MinHash.of(" ... -- ").isEmpty());
    assertEquals(1, MinHash.shingles("Russia attacked Ukraine").length);
    assertEquals(2, MinHash.shingles("one two three four five six").length);
  }
}
