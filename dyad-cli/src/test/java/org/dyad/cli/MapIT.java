package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.Pipeline;
import org.dyad.serve.DyadServer;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's map in headless Chromium: events the text places are markers (a country named
 * in the text a ring), and events with only an actor's country (method actor-country) are listed
 * apart, never drawn at the country's centre. Articles go through the real pipeline into a real
 * DuckDB file behind the real server.
 */
class MapIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String TOKEN = "map-token";

  @TempDir static Path dir;
  private static DuckDbStore store;
  private static Javalin server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    store = DuckDbStore.open(dir.resolve("map.duckdb"));
    server = DyadServer.create(new DyadServer.Settings(store, new Pipeline.Settings(null, false, 2), TOKEN, DyadServer.MAX_BODY_BYTES))
        .start("127.0.0.1", 0);
    List<String> lines = new ArrayList<>();
    lines.add(line("kharkiv", "Russian forces shelled Kharkiv on Monday, regional officials said."));
    lines.add(line("beirut", "Israeli jets bombed Beirut again on Tuesday, the Lebanese health ministry said."));
    lines.add(line("country", "Russian forces attacked Ukrainian troops in eastern Ukraine on Monday, the Ukrainian army said."));
    lines.add(line("unplaced", "Azerbaijani troops attacked Armenian soldiers overnight."));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ingest"))).header("Content-Type", "application/x-ndjson")
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    server.stop();
    store.close();
  }

  @Test
  void eventsWithNoPlaceOfTheirOwn_areListedApart_notDrawnAtACountrysCentre() throws Exception {
    JsonNode items = get("/api/events?located=true&size=500").get("items");
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

    browser.get(url("/#/map"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> "true".equals(((ChromeDriver) d).executeScript("return document.body.dataset.ready || null;")));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=unplaced-event]")));
    assertEquals(placed, browser.findElements(By.cssSelector("[data-testid=map-marker]")).size(), "one marker per placed event");
    assertEquals(countryOnly, browser.findElements(By.cssSelector("[data-testid=map-marker].precision-country")).size());
    List<WebElement> listed = browser.findElements(By.cssSelector("[data-testid=unplaced-event]"));
    assertEquals(1, listed.size());
    assertTrue(listed.get(0).getText().contains("ARM"), listed.get(0).getText());
    assertTrue(listed.get(0).findElement(By.tagName("a")).getAttribute("href").endsWith("#/event/" + apart.get(0)),
        listed.get(0).findElement(By.tagName("a")).getAttribute("href"));
    assertTrue(browser.findElement(By.cssSelector("[data-testid=map-count]")).getText().contains("3 placed, 1 without a place of their own"),
        browser.findElement(By.cssSelector("[data-testid=map-count]")).getText());
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(shots.resolve("map-unplaced.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static String line(String id, String text) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "https://example.org/" + id).put("published", "2024-03-12").put("title", id).put("text", text).put("source", "wire");
    return JSON.writeValueAsString(o);
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " → " + r.body());
    return JSON.readTree(r.body());
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }
}
