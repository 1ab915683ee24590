package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReadersTest {
  @TempDir Path dir;

  @Test
  void dyadJsonl_readsEventsTagsAndDate() throws IOException {
    Path f = write("dev.jsonl", "{\"id\":\"d1\",\"date\":\"2024-11-18\",\"text\":\"Russia attacked Ukraine.\",\"tags\":[\"active\"],"
        + "\"events\":[{\"source\":\"RUS\",\"target\":\"UKR\",\"code\":\"190\",\"hedged\":true}]}\n\n"
        + "{\"id\":\"d2\",\"text\":\"Rain fell.\",\"events\":[]}\n");
    GoldSet set = GoldFormat.of(f).read(f, dir);
    assertEquals(GoldFormat.DYAD_JSONL, set.format());
    assertEquals(2, set.sentences().size());
    GoldSentence s = set.sentences().get(0);
    assertEquals(LocalDate.of(2024, 11, 18), s.date());
    assertEquals(List.of(new GoldEvent("RUS", "UKR", "190", null, true)), s.events());
    assertEquals(List.of("active"), s.tags());
    assertEquals(List.of(), set.sentences().get(1).events());
  }

  @Test
  void dyadJsonl_badLine_namesFileAndLine() throws IOException {
    Path f = write("bad.jsonl", "{\"id\":\"d1\",\"text\":\"x\",\"events\":[]}\n{\"id\":\"d2\",\"events\":[]}\n");
    DyadInputException e = assertThrows(DyadInputException.class, () -> GoldFormat.of(f).read(f, dir));
    assertEquals(f + ":2: missing or empty field 'text'", e.getMessage());
  }

  @Test
  void petrarchRecords_readCodingsSkipErrorsAndConvertDictionaries() throws IOException {
    write("PETR.Validate.verbs.txt", "---  ATTACK   [190]  ---\nATTACK\n");
    write("PETR.Validate.actors.txt", "GONDOR_ [GON]\nMORDOR_ [MOR]\n");
    write("PETR.Validate.agents.txt", "SOLDIER [~MIL]\n");
    Path f = write("PETR.UnitTest.records.xml", String.join("\n",
        "<Validation><!-- <Sentence id=\"commented\"> -->",
        "<Environment><Verbfile>PETR.Validate.verbs.txt</Verbfile><Actorfile>PETR.Validate.actors.txt</Actorfile>",
        "<Agentfile>PETR.Validate.agents.txt</Agentfile></Environment>",
        "<Sentences>",
        "<Sentence date = \"19950101\" id =\"DEMO-01\" category=\"DEMO\" sentence=\"true\">",
        "<EventCoding sourcecode=\"MOR\" targetcode=\"GON\" eventcode=\"190\"></EventCoding>",
        "<Text>Mordor attacked",
        "Gondor.</Text><Parse>(ROOT)</Parse></Sentence>",
        "<Sentence date=\"950102\" id=\"NONE-01\" category=\"VERB\"><EventCoding noevents = \"True\"></EventCoding><Text>Rain.</Text></Sentence>",
        "<Sentence date=\"19950102\" id=\"ERR-01\" category=\"ERROR\"><EventCoding error=\"dateline\"></EventCoding><Text>x</Text></Sentence>",
        "</Sentences></Validation>"));
    GoldSet set = GoldFormat.of(f).read(f, dir.resolve("work"));
    assertEquals(2, set.sentences().size());
    assertEquals("Mordor attacked Gondor.", set.sentences().get(0).text());
    assertEquals(List.of(new GoldEvent("MOR", "GON", "190", null, false)), set.sentences().get(0).events());
    assertEquals(List.of("DEMO"), set.sentences().get(0).tags());
    assertEquals(List.of(), set.sentences().get(1).events());
    assertEquals(LocalDate.of(1995, 1, 2), set.sentences().get(1).date());
    assertEquals(List.of("ERR-01: error record (tests input errors, not coding)"), set.skipped());
    assertEquals(List.of("verb\tattack\t190\t-\t-"), Files.readAllLines(set.dictionaries().resolve("verbs.tsv")).subList(2, 3));
  }

  @Test
  void petrarchRecords_withoutTheirDictionaries_useDyads() throws IOException {
    Path f = write("other.xml", "<Validation><Environment><Verbfile>CAMEO.2.0.txt</Verbfile></Environment><Sentences>"
        + "<Sentence date=\"20080801\" id=\"A-1\" category=\"AFP\"><EventCoding noevents=\"True\"></EventCoding><Text>Rain.</Text></Sentence>"
        + "</Sentences></Validation>");
    GoldSet set = GoldFormat.of(f).read(f, dir.resolve("work"));
    assertEquals(null, set.dictionaries());
    assertEquals(1, set.sentences().size());
  }

  @Test
  void ploverGsr_readsTypesAndActorsAndRenamesOldTypes() throws IOException {
    Path f = write("PLOVER_GSR_CAMEO.txt", "[{\"id\":\"doc\",\"event\":\"DOCUMENT\"},"
        + "{\"id\":\"g1\",\"date\":\"2000-01-01\",\"event\":\"FIGHT\",\"text\":\"Israeli troops shelled Gaza.\","
        + "\"source\":[{\"code\":\"ISR\",\"sector\":\"MIL\"}],\"target\":[{\"code\":\"PSE\"}]}]");
    GoldSet set = GoldFormat.of(f).read(f, dir);
    assertEquals(1, set.sentences().size());
    assertEquals(List.of(new GoldEvent("ISRMIL", "PSE", null, "ASSAULT", false)), set.sentences().get(0).events());
  }

  @Test
  void unknownFormat_isOneLineError() throws IOException {
    Path f = write("gold.csv", "a,b\n");
    assertEquals(f + ": unknown gold format (expected .jsonl, PETRARCH .xml or the PLOVER GSR JSON array)",
        assertThrows(DyadInputException.class, () -> GoldFormat.of(f)).getMessage());
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
