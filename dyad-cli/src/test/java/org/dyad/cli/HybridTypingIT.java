package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned typer beside the rules, end to end through the CLI with the real CoreNLP and
 * sentence-embedding models: `--typer hybrid` codes a sentence whose verb the lexicon lacks, says
 * `rule: model` with its vote and nearest exemplars, leaves the rules' events as they are, and is
 * off by default.
 */
class HybridTypingIT {
  @TempDir Path dir;

  private List<JsonNode> events(CliRun run) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        events.add(new ObjectMapper().readTree(line));
      }
    }
    return events;
  }

  @Test
  void hybrid_codesWhatTheLexiconLacks_withItsEvidence_andRulesAloneDoNot() throws Exception {
    Path text = dir.resolve("dispersal.txt");
    Files.writeString(text, "Kenyan riot police chased demonstrators through Nairobi with tear gas.\n");
    CliRun rules = CliRun.of("code", "--typer", "rules", "--format", "jsonl", "--date", "2024-03-10", text.toString());
    assertEquals(0, rules.exitCode(), rules.err());
    assertEquals(List.of(), events(rules), "the lexicon has no 'chase'");

    CliRun hybrid = CliRun.of("code", "--typer", "hybrid", "--format", "jsonl", "--date", "2024-03-10", text.toString());
    assertEquals(0, hybrid.exitCode(), hybrid.err());
    List<JsonNode> events = events(hybrid);
    assertEquals(1, events.size(), hybrid.out());
    JsonNode e = events.get(0);
    assertEquals("KENCOP", e.get("source").get("code").asText());
    assertEquals("KENCVL", e.get("target").get("code").asText());
    assertEquals("17", e.get("root").asText());
    assertTrue(e.get("evidence").get("rule").asText().startsWith("model "), e.toString());
    String entry = e.get("evidence").get("entry").asText();
    assertTrue(entry.contains("vote 17") && entry.contains("nearest: "), entry);
    assertEquals(3, entry.substring(entry.indexOf("nearest: ")).split("\\|").length, entry);
  }

  @Test
  void hybrid_leavesTheRulesEventsOnTheExampleArticle() throws Exception {
    Path example = Path.of("..", "examples", "seed-article.txt");
    CliRun rules = CliRun.of("code", "--typer", "rules", "--format", "jsonl", "--date", "2024-11-18", example.toString());
    CliRun hybrid = CliRun.of("code", "--typer", "hybrid", "--format", "jsonl", "--date", "2024-11-18", example.toString());
    List<String> a = events(rules).stream().map(x -> x.get("source").get("code").asText() + " " + x.get("cameo").asText()
        + " " + x.get("target").get("code").asText()).toList();
    List<String> b = events(hybrid).stream().filter(x -> !x.get("evidence").get("rule").asText().startsWith("model"))
        .map(x -> x.get("source").get("code").asText() + " " + x.get("cameo").asText() + " " + x.get("target").get("code").asText()).toList();
    assertEquals(a, b);
    assertTrue(events(hybrid).stream().allMatch(x -> !x.get("evidence").get("rule").asText().startsWith("model")
        || x.get("evidence").get("confidence").asDouble() > 0), hybrid.out());
  }
}
