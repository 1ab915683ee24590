package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.Pipeline;
import org.dyad.serve.DyadServer;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code dyad serve} end to end: articles posted to the API are coded by the real pipeline into a
 * real DuckDB file, and the dashboard is driven in headless Chromium from an alert to its events.
 * The corpus is a quiet Armenia–Azerbaijan dyad (talks) that turns violent in its last three
 * weeks, plus an article whose text carries HTML and script tags. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {
  private static final String TOKEN = "test-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final String XSS = "Russian forces attacked Ukrainian troops near Kharkiv <img src=x onerror=\"window.__xss=1\"> on Monday"
      + " <script>window.__xss=2</script>.";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static DuckDbStore store;
  private static Javalin server;
  private static ChromeDriver browser;
  private static JsonNode firstIngest;
  private static JsonNode secondIngest;

  @BeforeAll
  static void start() throws Exception {
    store = DuckDbStore.open(dir.resolve("serve.duckdb"));
    server = DyadServer.create(new DyadServer.Settings(store, new Pipeline.Settings(null, false, 2), TOKEN, DyadServer.MAX_BODY_BYTES))
        .start("127.0.0.1", 0);
    String corpus = corpus();
    firstIngest = post(corpus, "application/x-ndjson", "", 201);
    secondIngest = post(corpus, "application/x-ndjson", "", 200);
    post(XSS, "text/plain", "?id=xss-article&title=" + "Tags%20%3Cb%3Einside%3C%2Fb%3E" + "&date=2024-03-20", 201);
    post("<html><head><title>Japan praises Korea</title><meta property=\"article:published_time\" content=\"2024-03-19\"></head>"
        + "<body><nav>Menu</nav><article><p>Japan praised South Korea for its cooperation on North Korea.</p></article></body></html>",
        "text/html", "?id=https://example.org/japan", 201);
    browser = Chromium.start();
    Files.createDirectories(SCREENSHOTS);
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
  @Order(1)
  void postedCorpus_isCodedAndStored_andPostingItAgainAddsNothing() throws Exception {
    assertEquals(15, firstIngest.get("articles").asInt());
    assertEquals(15, firstIngest.get("stored").asInt());
    assertTrue(firstIngest.get("events").asInt() >= 11, firstIngest.toString());
    assertEquals(0, secondIngest.get("stored").asInt());
    JsonNode stats = get("/api/stats");
    assertEquals(List.of(17, 1, 17, 18), List.of(stats.get("articles").asInt(), stats.get("nearDuplicates").asInt(),
        stats.get("events").asInt(), stats.get("reports").asInt()), "one reprint; one retold clash fused: " + stats);
    JsonNode japan = get("/api/events?source=JPN").get("items").get(0);
    assertEquals(List.of("KOR", "2024-03-19", "Japan praises Korea"),
        List.of(japan.get("target").get("code").asText(), japan.get("date").asText(), japan.get("title").asText()));
  }

  @Test
  @Order(2)
  void alerts_findThePlantedEscalation() throws Exception {
    JsonNode alerts = get("/api/alerts?window=3");
    assertEquals(1, alerts.size(), alerts.toString());
    assertEquals("AZE ARM", alerts.get(0).get("source").asText() + " " + alerts.get(0).get("target").asText());
    assertEquals("2024-03-04", alerts.get(0).get("since").asText());
    JsonNode drivers = alerts.get(0).get("drivers");
    assertEquals(5, drivers.size());
    for (JsonNode d : drivers) {
      assertTrue(d.get("source").get("code").asText().startsWith("AZE") && d.get("quadClass").asInt() == 4, d.toString());
      assertTrue(d.get("date").asText().compareTo("2024-03-04") >= 0, d.toString());
    }
  }

  @Test
  @Order(3)
  void dashboard_fromAlertToDyadToEvent() throws Exception {
    browser.get(url("/#/"));
    waitReady();
    assertFalse(browser.findElements(By.cssSelector("[data-testid=dyad-row]")).isEmpty(), "most active dyads listed");
    assertEquals("17", browser.findElement(By.cssSelector("[data-testid=stat-events] .num")).getText());
    screenshot("overview");
    WebElement alert = browser.findElement(By.cssSelector("[data-testid=alert-item]"));
    assertTrue(alert.getText().contains("AZE") && alert.getText().contains("ARM"), alert.getText());
    assertTrue(alert.findElement(By.cssSelector("[data-testid=alert-drivers]")).getText().contains("driven by"), alert.getText());
    click(alert.findElements(By.tagName("a")).isEmpty() ? alert : alert.findElement(By.tagName("a")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#/dyad/"));
    waitReady();
    waitFor("[data-testid=timeline-chart] canvas");
    List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    assertTrue(rows.size() >= 9, "the escalation's events are listed: " + rows.size());
    assertTrue(rows.stream().allMatch(r -> r.getText().contains("AZE") && r.getText().contains("ARM")), rows.get(0).getText());
    screenshot("dyad");
    click(rows.get(0).findElement(By.cssSelector("a[href*='#/event/']")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#/event/"));
    waitReady();
    waitFor("[data-testid=event-detail]");
    WebElement sentence = browser.findElement(By.cssSelector("[data-testid=event-detail] [data-testid=sentence]"));
    assertTrue(sentence.findElement(By.className("hl-source")).getText().startsWith("Azerbaijan"), sentence.getText());
    assertTrue(sentence.findElement(By.className("hl-target")).getText().startsWith("Armenia"), sentence.getText());
    assertFalse(sentence.findElement(By.className("hl-trigger")).getText().isBlank());
    assertTrue(browser.findElement(By.cssSelector("[data-testid=evidence]")).getText().contains("verbs.tsv"));
    assertFalse(browser.findElements(By.cssSelector("[data-testid=report-row]")).isEmpty());
    screenshot("event");
  }

  @Test
  @Order(4)
  void fusedEvent_listsItsCodedReportsAndItsReprint() throws Exception {
    JsonNode first = get("/api/events?source=AZE&code=194&until=2024-03-05").get("items");
    assertEquals(1, first.size(), "the retold clash is fused into the first: " + first);
    assertEquals(3, first.get(0).get("reports").asInt(), "first report, retelling, reprint");
    assertEquals(3, first.get(0).get("sources").asInt(), "wire, daily, gazette");
    JsonNode detail = get("/api/events/" + first.get(0).get("id").asText());
    assertEquals(List.of("wire", "daily"), List.of(detail.get("reports").get(0).get("outlet").asText(), detail.get("reports").get(1).get("outlet").asText()));
    assertEquals("gazette", detail.get("copies").get(0).get("source").asText());
    browser.get(url("/#/event/" + first.get(0).get("id").asText()));
    waitReady();
    waitFor("[data-testid=reports]");
    assertEquals(2, browser.findElements(By.cssSelector("[data-testid=report-row]")).size());
    assertEquals(1, browser.findElements(By.cssSelector("[data-testid=copy-row]")).size());
    screenshot("fused-event");
  }

  @Test
  @Order(5)
  void dashboard_eventSearch_filtersByWordsAndCode_andNamesCodes() throws Exception {
    browser.get(url("/#/events"));
    waitReady();
    browser.findElement(By.cssSelector("[data-testid=filter-q]")).sendKeys("Jermuk");
    browser.findElement(By.cssSelector("[data-testid=filter-code]")).sendKeys("19");
    click(browser.findElement(By.cssSelector("[data-testid=filter-submit]")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=Jermuk"));
    waitReady();
    List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    assertEquals(1, rows.size(), "the Jermuk shelling, its retelling fused into it");
    assertEquals("Fight with artillery and tanks", rows.get(0).findElement(By.cssSelector("[data-testid=code-name]")).getText());
    screenshot("events");
  }

  @Test
  @Order(6)
  void dashboard_mapShowsLocatedEvents() throws Exception {
    browser.get(url("/#/map"));
    waitReady();
    waitFor("[data-testid=map-marker]");
    long located = get("/api/events?located=true&size=500").get("total").asLong();
    assertTrue(located > 0);
    assertEquals(located, browser.findElements(By.cssSelector("[data-testid=map-marker]")).size(), "one marker per located event");
    screenshot("map");
  }

  @Test
  @Order(7)
  void dashboard_showsArticleMarkupAsText_andRunsNone() throws Exception {
    String id = get("/api/events?source=RUS&q=script").get("items").get(0).get("id").asText();
    browser.get(url("/#/event/" + id));
    waitReady();
    waitFor("[data-testid=event-detail] [data-testid=sentence]");
    String shown = browser.findElement(By.cssSelector("[data-testid=event-detail] [data-testid=sentence]")).getText();
    assertTrue(shown.contains("<img src=x onerror=\"window.__xss=1\">") && shown.contains("<script>window."), shown);
    assertTrue(browser.findElements(By.cssSelector("[data-testid=event-detail] img, [data-testid=event-detail] script")).isEmpty());
    browser.get(url("/#/dyad/RUS/UKR"));
    waitReady();
    waitFor("[data-testid=event-row]");
    browser.get(url("/#/articles"));
    waitReady();
    List<WebElement> articles = browser.findElements(By.cssSelector("[data-testid=article-row]"));
    assertEquals(17, articles.size());
    WebElement tagged = articles.stream().filter(r -> r.getText().contains("Tags <b>inside</b>")).findFirst()
        .orElseThrow(() -> new AssertionError("the title with markup is shown as text"));
    click(tagged.findElement(By.cssSelector("[data-testid=article-view-link]")));
    waitFor("[data-testid=article-text]");
    waitReady();
    assertTrue(browser.findElement(By.cssSelector("[data-testid=article-text]")).getText().contains("<script>window.__xss=2</script>"));
    screenshot("article");
    browser.get(url("/#/"));
    waitReady();
    assertNull(browser.executeScript("return window.__xss;"), "no injected script or handler ran");
    screenshot("escaped");
  }

  @Test
  @Order(8)
  void ingest_reportsBrokenLinesByNumber_andRefusesABodyWithNoArticle() throws Exception {
    String corpus = line("good", START.plusWeeks(3), "Japan praised India for its cooperation on trade.", "Trade") + "\n"
        + "{\"id\": \"broken\", \"text\": \n"
        + "{\"id\": \"empty\", \"text\": \"\"}\n";
    JsonNode result = post(corpus, "application/x-ndjson", "?id=batch.jsonl", 201);
    assertEquals(1, result.get("stored").asInt(), result.toString());
    List<String> problems = new ArrayList<>();
    result.get("problems").forEach(p -> problems.add(p.asText()));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("batch.jsonl:2: not JSON"), problems.toString());
    assertEquals("batch.jsonl:3: missing or empty field 'text'", problems.get(1));
    JsonNode refused = post("{\"id\": \"x\"}\n", "application/x-ndjson", "?id=bad.jsonl", 400);
    assertTrue(refused.get("error").asText().startsWith("no article in the body: bad.jsonl:1: missing or empty field 'text'"), refused.toString());
    JsonNode type = post("x", "application/pdf", "", 400);
    assertEquals("Content-Type", type.get("parameter").asText());
  }

  @Test
  @Order(9)
  void ingestWithoutToken_isRefused() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ingest"))).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("Japan praised South Korea.")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, r.statusCode(), r.body());
  }

  @Test
  @Order(10)
  void exampleArticle_postedThenShownWithChartAndHighlightedEvidence() throws Exception {
    String text = Files.readString(Path.of("..", "examples", "seed-article.txt"));
    JsonNode result = post(text, "text/plain; charset=utf-8", "?id=seed-article&date=2024-11-18", 201);
    assertEquals(6, result.get("events").asInt(), result.toString());
    browser.get(url("/#/dyad/RUS/UKR"));
    waitReady();
    waitFor("[data-testid=timeline-chart] canvas");
    List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    WebElement strikes = rows.stream().filter(r -> r.getText().contains("195")).findFirst()
        .orElseThrow(() -> new AssertionError("no 195 strike campaign row among " + rows.size()));
    click(strikes.findElement(By.cssSelector("a[href*='#/event/']")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#/event/"));
    waitReady();
    WebElement sentence = browser.findElement(By.cssSelector("[data-testid=event-detail] [data-testid=sentence]"));
    assertTrue(sentence.getText().contains("over 200 strikes"), sentence.getText());
    assertFalse(sentence.findElement(By.className("hl-source")).getText().isBlank());
    assertFalse(sentence.findElement(By.className("hl-trigger")).getText().isBlank());
    screenshot("example-event");
  }

  /**
   * Fifteen articles: talks in week 0, three attacks a week in weeks 9–11 (the first also reprinted
   * by another outlet and retold by a third), and three articles on other dyads.
   */
  private static String corpus() throws IOException {
    String[] places = {"Jermuk", "Kapan", "Sotk", "Goris", "Vardenis", "Tegh", "Ijevan", "Berd", "Meghri"};
    String[] attacks = {
      "Azerbaijani forces shelled Armenian border villages near %s.",
      "Azerbaijani troops attacked Armenian positions near %s.",
      "Azerbaijani soldiers killed two Armenian soldiers in a border clash near %s."};
    List<String> lines = new ArrayList<>();
    lines.add(line("talks", START, "Azerbaijan and Armenia held peace talks in Brussels.", "Talks in Brussels"));
    int n = 0;
    for (int week = 9; week < 12; week++) {
      for (int k = 0; k < 3; k++) {
        String place = places[n++];
        String text = attacks[k].formatted(place) + " Residents of " + place + " said the firing lasted until week " + week + " ended."
            + " Officials were still counting the damage to homes, schools and roads around " + place + " late in the evening.";
        lines.add(line("attack-" + week + "-" + k, START.plusWeeks(week).plusDays(2L * k), text, "Clash near " + place));
        if (n == 1) {
          // The first clash again: reprinted word for word by another outlet, and retold by a third the next day.
          lines.add(line("attack-reprint", START.plusWeeks(week), text + " Reporting by the wire desk.", "Border clash").replace("\"wire\"", "\"gazette\""));
          lines.add(line("attack-retold", START.plusWeeks(week).plusDays(1),
              "Azerbaijani forces shelled Armenian villages near " + place + " overnight, the defence ministry in Yerevan said.", "Shelling")
              .replace("\"wire\"", "\"daily\""));
        }
      }
    }
    lines.add(line("fr-de", START.plusWeeks(2), "Germany and France signed a defence cooperation agreement in Paris.", "Pact"));
    lines.add(line("fr-de-2", START.plusWeeks(5), "France praised Germany for its support of Ukraine.", "Praise"));
    lines.add(line("threat", START.plusWeeks(11).plusDays(4), "Azerbaijan threatened Armenia with military action over the corridor.",
        "Threat"));
    return String.join("\n", lines) + "\n";
  }

  private static String line(String id, LocalDate day, String text, String title) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "https://example.org/" + id).put("published", day.toString()).put("title", title).put("text", text).put("source", "wire");
    return JSON.writeValueAsString(o);
  }

  private static JsonNode post(String body, String type, String query, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ingest" + query))).header("Content-Type", type)
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " → " + r.body());
    return JSON.readTree(r.body());
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static void waitReady() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> "true".equals(((ChromeDriver) d).executeScript("return document.body.dataset.ready || null;")));
  }

  private static void waitFor(String css) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private static void click(WebElement e) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
