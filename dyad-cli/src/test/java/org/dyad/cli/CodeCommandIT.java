package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad code} end to end, with the real models, on the example article and on bad input. */
class CodeCommandIT {
  private static final Path EXAMPLE = Path.of("..", "examples", "seed-article.txt");
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void jsonl_example_hasEveryDocumentedField() throws IOException {
    CliRun run = CliRun.of("code", "--format", "jsonl", "--date", "2024-11-18", EXAMPLE.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> events = lines(run.out());
    assertEquals(6, events.size(), run.out());
    JsonNode aid = events.stream().filter(e -> e.get("cameo").asText().equals("072")).findFirst().orElseThrow();
    assertEquals(EXAMPLE.toString(), aid.get("doc_id").asText());
    assertEquals("2024-11-18", aid.get("date").asText());
    assertEquals("USAGOV", aid.at("/source/code").asText());
    assertEquals("USA", aid.at("/source/country").asText());
    assertEquals("GOV", aid.at("/source/agent").asText());
    assertEquals("President Joe Biden", aid.at("/source/text").asText());
    assertEquals("UKR", aid.at("/target/code").asText());
    assertEquals("07", aid.get("root").asText());
    assertEquals(8.3, aid.get("goldstein").asDouble());
    assertEquals(2, aid.get("quad_class").asInt());
    assertEquals("AID", aid.at("/plover/type").asText());
    assertEquals(2, aid.at("/sentence/index").asInt());
    assertTrue(aid.at("/sentence/text").asText().startsWith("In a significant escalation"));
    assertTrue(aid.at("/span/end").asInt() > aid.at("/span/start").asInt());
    assertEquals("authorized", aid.at("/evidence/trigger").asText());
    assertTrue(aid.at("/evidence/rule").asText().startsWith("verb source.subject"));
    assertEquals("a New York Times report citing unnamed U.S. officials", aid.get("attribution").asText());
    assertFalse(aid.get("hedged").asBoolean());
    JsonNode strikes = events.stream().filter(e -> e.get("cameo").asText().equals("195")).findFirst().orElseThrow();
    assertEquals("aerial", strikes.at("/plover/mode").asText());
    assertEquals("UKR", strikes.at("/location/country").asText());
    assertEquals("country", strikes.at("/location/precision").asText());
  }

  @Test
  void badInputs_oneLineEachExitTwoAndTheGoodFileIsStillCoded() throws IOException {
    Path good = write("good.txt", "Russian troops attacked Ukrainian soldiers.".getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.txt", new byte[0]);
    Path binary = write("binary.bin", new byte[] {1, 2, 0, 3});
    Path latin1 = write("latin1.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[50 * 1024 * 1024]);
    CliRun run = CliRun.of("code", "--format", "tsv", "missing.txt", empty.toString(), binary.toString(),
        latin1.toString(), big.toString(), good.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        String.join("\n",
            "dyad: missing.txt: no such file or directory",
            "dyad: " + empty + ": file is empty",
            "dyad: " + binary + ": binary file (NUL byte at offset 2), not text",
            "dyad: " + latin1 + ": not valid UTF-8 (malformed byte at offset 3)",
            "dyad: " + big + ": file is 50.0 MB, larger than the 10.0 MB limit for one article",
            ""),
        run.err());
    String[] rows = run.out().split("\n");
    assertEquals(2, rows.length, run.out());
    assertTrue(rows[1].startsWith(good + "\t\tRUSMIL\tRussian troops\tUKRMIL\tUkrainian soldiers\t190\t19\t"), rows[1]);
  }

  @Test
  void explain_showsParseActorsAndWhyNot() {
    CliRun run = CliRun.of("code", "--explain", "--format", "table", "--date", "2024-11-18", EXAMPLE.toString());
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("[10] Putin has yet to issue an official response"), out);
    assertTrue(out.contains("'issue' (dict/verbs.tsv:"), out);
    assertTrue(out.contains("negated: 'has yet to' on 'issue'"), out);
    assertTrue(out.contains("nsubj(authorized-13, Biden-11)"), out);
    assertTrue(out.contains("[President Joe Biden → USAGOV Joe Biden]"), out);
    assertTrue(out.contains("not parsed: no actor named"), out);
    assertTrue(out.contains("6 events from 1 article"), out);
  }

  @Test
  void table_carriesModeTypeModalityDateOfTheActAndToll_asJsonlDoes() throws IOException {
    Path conflict = write("conflict.txt", ("Russian drones struck a market in Kharkiv on Friday, killing four civilians.\n"
        + "Police arrested over 50 protesters in Tbilisi.\nRussia will not attack Moldova.\n").getBytes(StandardCharsets.UTF_8));
    CliRun table = CliRun.of("code", "--format", "table", "--modality", "all", "--date", "2024-03-10", conflict.toString());
    CliRun jsonl = CliRun.of("code", "--format", "jsonl", "--modality", "all", "--date", "2024-03-10", conflict.toString());
    assertEquals(0, table.exitCode(), table.err());
    List<JsonNode> events = lines(jsonl.out());
    assertEquals(3, events.size(), jsonl.out());
    String[] blocks = table.out().split("\n\n");
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      String block = blocks[i + 1];
      assertTrue(block.contains("PLOVER " + e.at("/plover/type").asText() + (e.at("/plover/mode").asText().isEmpty() ? "" : "/"
          + e.at("/plover/mode").asText()) + " (" + e.at("/plover/context").asText() + ")"), block);
      assertTrue(block.contains(e.get("modality").asText() + " · act " + e.get("event_date").asText()), block);
      assertTrue(block.contains("type: " + e.at("/acled/event_type").asText() + " / " + e.at("/acled/sub_event_type").asText()), block);
    }
    assertTrue(blocks[1].contains("asserted · act 2024-03-08 'on Friday'"), blocks[1]);
    assertTrue(blocks[1].contains("type: Explosions/Remote violence / Air/drone strike"), blocks[1]);
    assertTrue(blocks[1].contains("toll: killed 4 — 'killing four'"), blocks[1]);
    assertTrue(blocks[2].contains("toll: arrested 50 — 'arrested over 50'"), blocks[2]);
    assertTrue(blocks[3].contains("negated · act 2024-03-10"), blocks[3]);
    assertFalse(blocks[3].contains("toll:"), blocks[3]);
  }

  @Test
  void explain_withJsonl_goesToStandardError_notIntoTheJson() throws IOException {
    CliRun run = CliRun.of("code", "--explain", "--format", "jsonl", "--date", "2024-11-18", EXAMPLE.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(6, lines(run.out()).size(), run.out());
    assertTrue(run.err().contains("[10] Putin has yet to issue an official response"), run.err());
    assertTrue(run.err().contains("negated: 'has yet to' on 'issue'"), run.err());
  }

  @Test
  void stdin_asJsonl_withInputFormat() throws IOException {
    String corpus = "{\"id\":\"n1\",\"published\":\"2025-03-04\",\"text\":\"Russian troops attacked Ukrainian soldiers.\"}\n"
        + "{\"id\":\"n2\",\"published\":\"yesterday\",\"text\":\"Russian troops attacked Ukrainian soldiers.\"}\n";
    var saved = System.in;
    CliRun run;
    try {
      System.setIn(new java.io.ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)));
      run = CliRun.of("code", "--format", "jsonl", "--input-format", "jsonl", "-");
    } finally {
      System.setIn(saved);
    }
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("dyad: stdin:2: 'published' is not a date: 'yesterday' (expected YYYY-MM-DD, an ISO date-time or an RFC 1123 date)\n",
        run.err());
    List<JsonNode> events = lines(run.out());
    assertFalse(events.isEmpty(), run.out());
    for (JsonNode e : events) {
      assertEquals("n1", e.get("doc_id").asText());
      assertEquals("2025-03-04", e.get("date").asText());
    }
  }

  @Test
  void out_writesToFile() throws IOException {
    Path out = dir.resolve("events.jsonl");
    CliRun run = CliRun.of("code", "--out", out.toString(), "--date", "2024-11-18", EXAMPLE.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(6, lines(Files.readString(out)).size());
  }

  private List<JsonNode> lines(String text) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(json.readTree(line));
      }
    }
    return nodes;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }
}
