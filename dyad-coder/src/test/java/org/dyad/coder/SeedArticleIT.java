package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example article against its golden events, plus the events the project promises for it. */
class SeedArticleIT {
  private static List<Event> events;

  @BeforeAll
  static void code() throws IOException {
    events = CodingFixture.code(resource("seed-article.txt"), "2024-11-18").events().stream().filter(Event::asserted).toList();
  }

  @Test
  void events_matchGoldenFile() throws IOException {
    List<String> actual = new ArrayList<>();
    for (Event e : events) {
      actual.add(line(e));
    }
    String expected = resource("seed-article.events.txt");
    String got = String.join("\n", actual) + "\n";
    if (!expected.equals(got)) {
      Path out = Path.of("target", "golden-actual", "seed-article.events.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, got, StandardCharsets.UTF_8);
    }
    assertEquals(expected, got);
  }

  @Test
  void authorization_isUsGovernmentAidToUkraineWithAttribution() {
    Event e = find("USAGOV", "UKR", "07");
    assertEquals("072", e.code().code());
    assertEquals("a New York Times report citing unnamed U.S. officials", e.attribution());
    assertTrue(e.sentenceText().contains("has authorized Ukraine"));
  }

  @Test
  void strikeCampaign_isRussianAerialAssaultOnUkraine() {
    Event e = find("RUS", "UKR", "19");
    assertEquals("195", e.code().code());
    assertEquals("ASSAULT", e.code().ploverType().name());
    assertEquals("aerial", e.code().ploverMode());
  }

  @Test
  void warning_isRussianThreatToNato() {
    assertEquals("13", find("RUSGOV", "IGOWSTNAT", "13").code().root());
  }

  @Test
  void mediation_isHedgedIntentTowardsBothSides() {
    for (String target : List.of("UKR", "RUS")) {
      Event e = find("USAELI", target, "03");
      assertEquals("039", e.code().code());
      assertTrue(e.hedged());
    }
  }

  @Test
  void criticism_targetsTheUnitedStates() {
    Event e = find("OPP", "USAELI", "11");
    assertEquals("Critics", e.source().text());
  }

  @Test
  void negatedAndHypotheticalSentences_codeNothingAsserted_andSaySo() {
    for (Event e : events) {
      assertTrue(!e.sentenceText().startsWith("Putin has yet to issue"), e.toString());
      assertTrue(!e.sentenceText().startsWith("Whether this escalates"), e.toString());
      assertTrue(!e.sentenceText().startsWith("Russian President Vladimir Putin has repeatedly"), e.toString());
    }
    List<Event> all = CodingFixture.code(resourceUnchecked(), "2024-11-18").events();
    assertTrue(all.stream().anyMatch(e -> e.sentenceText().startsWith("Putin has yet to issue")
        && e.modality() == org.dyad.model.Modality.NEGATED), "the unissued response is kept as negated");
  }

  @Test
  void everySpan_staysInsideItsSentence() {
    String text = resourceUnchecked();
    for (Event e : events) {
      assertTrue(text.substring(e.span().start(), e.span().end()).length() > 0);
      assertTrue(e.sentenceText().contains(e.span().of(text)), e.toString());
      assertTrue(e.sentenceText().contains(e.source().span().of(text)), e.toString());
      assertTrue(e.sentenceText().contains(e.target().span().of(text)), e.toString());
    }
  }

  private static Event find(String source, String target, String root) {
    return events.stream()
        .filter(e -> e.source().actor().code().equals(source) && e.target().actor().code().equals(target) && e.code().root().equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + source + " " + root + " " + target + " in " + events));
  }

  private static String line(Event e) {
    return "sentence " + e.sentenceIndex() + " | " + e.source().actor().code() + " (" + e.source().text() + ") -> "
        + e.target().actor().code() + " (" + e.target().text() + ") | " + e.code().code() + " | "
        + (e.hedged() ? "hedged" : "-") + " | " + (e.attribution().isEmpty() ? "-" : e.attribution());
  }

  private static String resourceUnchecked() {
    try {
      return resource("seed-article.txt");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SeedArticleIT.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource golden/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
