package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard's map in headless Chromium: events the text places are markers (a country named
 * in the text a ring), and events with only an actor's country (method actor-country) are listed
 * apart, never drawn at the country's centre. Articles go through the real pipeline into a real
 * DuckDB file behind the real server ({@link LiveDashboard}).
 */
class MapIT {
  @TempDir static Path dir;
  private static LiveDashboard dashboard;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    dashboard = LiveDashboard.serve(dir.resolve("map.duckdb"), "map-token");
    List<String> lines = new ArrayList<>();
    lines.add(line("kharkiv", "Russian forces shelled Kharkiv on Monday, regional officials said."));
    lines.add(line("beirut", "Israeli jets bombed Beirut again on Tuesday, the Lebanese health ministry said."));
    lines.add(line("country", "Russian forces attacked Ukrainian troops in eastern Ukraine on Monday, the Ukrainian army said."));
    lines.add(line("unplaced", "Azerbaijani troops attacked Armenian soldiers overnight."));
    dashboard.post(String.join("\n", lines) + "\n", "application/x-ndjson", "", 201);
    browser = dashboard.startBrowser();
  }

  @AfterAll
  static void stop() throws Exception {
    if (dashboard != null) {
      dashboard.close();
    }
  }

  @Test
  void eventsWithNoPlaceOfTheirOwn_areListedApart_notDrawnAtACountrysCentre() throws Exception {
    JsonNode items = dashboard.get("/api/events?located=true&size=500").get("items");
    int placed = 0;
    int countryOnly = 0;
    List<String> apart = new ArrayList<>();
    for (JsonNode e : items) {
      JsonNode l = e.get("location");
      if (l.get("method").asText().equals("actor-country")) {
        apart.add(e.get("id").asText());
      } else {
        placed++;
        countryOnly += l.get("precision").asText().equalsIgnoreCase("country") ? 1 : 0;
      }
    }
    assertEquals(3, placed, items.toString());
    assertEquals(1, countryOnly, "Ukraine, named in the text: " + items);
    assertEquals(1, apart.size(), "the attack with no place: " + items);

    browser.get(dashboard.url("/#/map"));
    dashboard.waitReady();
    dashboard.waitFor("[data-testid=unplaced-event]");
    assertEquals(placed, browser.findElements(By.cssSelector("[data-testid=map-marker]")).size(), "one marker per placed event");
    assertEquals(countryOnly, browser.findElements(By.cssSelector("[data-testid=map-marker].precision-country")).size());
    List<WebElement> listed = browser.findElements(By.cssSelector("[data-testid=unplaced-event]"));
    assertEquals(1, listed.size());
    assertTrue(listed.get(0).getText().contains("ARM"), listed.get(0).getText());
    assertTrue(listed.get(0).findElement(By.tagName("a")).getAttribute("href").endsWith("#/event/" + apart.get(0)),
        listed.get(0).findElement(By.tagName("a")).getAttribute("href"));
    assertTrue(browser.findElement(By.cssSelector("[data-testid=map-count]")).getText().contains("3 placed, 1 without a place of their own"),
        browser.findElement(By.cssSelector("[data-testid=map-count]")).getText());
    dashboard.screenshot("map-unplaced");
  }

  private static String line(String id, String text) throws IOException {
    ObjectNode o = LiveDashboard.JSON.createObjectNode();
    o.put("id", "https://example.org/" + id).put("published", "2024-03-12").put("title", id).put("text", text).put("source", "wire");
    return LiveDashboard.JSON.writeValueAsString(o);
  }
}
