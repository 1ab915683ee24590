package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
  private static final ObjectMapper JSON = LiveDashboard.JSON;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final String XSS = "Russian forces attacked Ukrainian troops near Kharkiv <img src=x onerror=\"window.__xss=1\"> on Monday"
      + " <script>window.__xss=2</script>.";
  private static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

  @TempDir static Path dir;
  /** The store, server and browser ({@link LiveDashboard}, shared with {@code MapIT}); the helpers below are its. */
  private static LiveDashboard dashboard;
  private static ChromeDriver browser;
  private static JsonNode firstIngest;
  private static JsonNode secondIngest;

  @BeforeAll
  static void start() throws Exception {
    dashboard = LiveDashboard.serve(dir.resolve("serve.duckdb"), TOKEN);
    String corpus = corpus();
    firstIngest = post(corpus, "application/x-ndjson", "", 201);
    secondIngest = post(corpus, "application/x-ndjson", "", 200);
    post(XSS, "text/plain", "?id=xss-article&title=" + "Tags%20%3Cb%3Einside%3C%2Fb%3E" + "&date=2024-03-20", 201);
    post("<html><head><title>Japan praises Korea</title><meta property=\"article:published_time\" content=\"2024-03-19\"></head>"
        + "<body><nav>Menu</nav><article><p>Japan praised South Korea for its cooperation on North Korea.</p></article></body></html>",
        "text/html", "?id=https://example.org/japan", 201);
    if (Files.isDirectory(DOWNLOADS)) {
      try (var old = Files.list(DOWNLOADS)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(DOWNLOADS);
    browser = dashboard.startBrowser(DOWNLOADS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (dashboard != null) {
      dashboard.close();
    }
  }

  @Test
  @Order(1)
  void postedCorpus_isCodedAndStored_andPostingItAgainAddsNothing() throws Exception {
    assertEquals(15, firstIngest.get("articles").asInt());
    assertEquals(15, firstIngest.get("stored").asInt());
    assertTrue(firstIngest.get("events").asInt() >= 11, firstIngest.toString());
    assertEquals(0, secondIngest.get("stored").asInt());
    JsonNode stats = get("/api/stats");
    // (three "killed two Armenian soldiers in a border clash" reports are each an armed clash told each way: 20 events)
    assertEquals(List.of(17, 1, 20, 21), List.of(stats.get("articles").asInt(), stats.get("nearDuplicates").asInt(),
        stats.get("events").asInt(), stats.get("reports").asInt()), "one reprint; one retold clash fused: " + stats);
    JsonNode japan = get("/api/events?source=JPN").get("items").get(0);
    assertEquals(List.of("KOR", "2024-03-19", "Japan praises Korea"),
        List.of(japan.get("target").get("code").asText(), japan.get("date").asText(), japan.get("title").asText()));
  }

  @Test
  @Order(2)
  void alerts_findThePlantedEscalation() throws Exception {
    JsonNode alerts = get("/api/alerts?window=3&as_of=2024-03-24");
    // the planted escalation first; the border clashes, fought each way, raise the other direction too
    assertEquals(List.of("AZE ARM", "ARM AZE"), java.util.stream.StreamSupport.stream(alerts.spliterator(), false)
        .map(a -> a.get("source").asText() + " " + a.get("target").asText()).toList(), alerts.toString());
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
    assertEquals("20", browser.findElement(By.cssSelector("[data-testid=stat-events] .num")).getText());
    screenshot("overview");
    // As of today the store's weeks are long past: the page says where they end and links there.
    assertTrue(browser.findElements(By.cssSelector("[data-testid=alert-item]")).isEmpty());
    click(browser.findElement(By.cssSelector("[data-testid=alerts-latest]")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("until=2024-03-22"));
    waitReady();
    assertEquals("as of 2024-03-22", browser.findElement(By.cssSelector("[data-testid=alerts-as-of]")).getText());
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=alert-window]"))).selectByValue("3");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("window=3"));
    waitReady();
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
    long located = placedByText("");
    assertTrue(located > 0);
    assertEquals(located, browser.findElements(By.cssSelector("[data-testid=map-marker]")).size(), "one marker per event placed by its text");
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

  @Test
  @Order(11)
  void ingest_outletPerTokenOrSource_declaredCharset_bearerInAnyCase() throws Exception {
    // Two posts by one client without a source: one outlet, named after the token, not after each post.
    post("Japan praised Vietnam for its cooperation on trade.", "text/plain", "?id=post-1&date=2024-03-21", 201);
    post("Japan criticized China over the islands.", "text/plain", "?id=post-2&date=2024-03-21", 201);
    post("Japan praised Thailand for its cooperation on trade.", "text/plain", "?id=post-3&date=2024-03-21&source=nikkei", 201);
    String outlet = "api:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(TOKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 8);
    assertEquals(outlet, get("/api/articles?q=Vietnam").get("items").get(0).get("source").asText());
    assertEquals(outlet, get("/api/articles?q=islands").get("items").get(0).get("source").asText());
    assertEquals("nikkei", get("/api/articles?q=Thailand").get("items").get(0).get("source").asText());
    // ISO-8859-1, as declared, with a lower-case scheme.
    byte[] latin1 = "Japan praised Peru for the Café Agreement.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ingest?id=latin1&date=2024-03-21")))
        .header("Content-Type", "text/plain; charset=ISO-8859-1").header("Authorization", "bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    String hash = get("/api/articles?q=Peru").get("items").get(0).get("hash").asText();
    assertTrue(get("/api/articles/" + hash).get("article").get("text").asText().contains("Café Agreement"));
    HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ingest?id=x")))
        .header("Content-Type", "text/plain; charset=klingon").header("Authorization", "BEARER " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertEquals("names an unknown charset 'klingon'", JSON.readTree(unknown.body()).get("error").asText());
  }

  @Test
  @Order(12)
  void dashboard_looksUpActorsByName() throws Exception {
    browser.get(url("/#/"));
    waitReady();
    browser.findElement(By.cssSelector("[data-testid=actor-form-q]")).sendKeys("japan");
    click(browser.findElement(By.cssSelector("#actor-form button")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#/actors?q=japan"));
    waitFor("[data-testid=actor-table]");
    waitReady();
    List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=actor-row]"));
    assertEquals("JPN", rows.get(0).getAttribute("data-code"), rows.get(0).getText());
    screenshot("actors");
    click(rows.get(0).findElement(By.cssSelector("[data-testid=actor-events-link]")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("actor=JPN"));
    waitFor("[data-testid=event-filters]");
    waitReady();
    List<WebElement> events = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    assertEquals(get("/api/events?actor=JPN").get("total").asInt(), events.size());
    assertTrue(events.stream().allMatch(r -> r.getText().contains("JPN")), events.get(0).getText());
    // A leader by surname, from the example article posted before.
    browser.get(url("/#/actors?q=Putin"));
    waitFor("[data-testid=actor-table]");
    waitReady();
    assertTrue(browser.findElement(By.cssSelector("[data-testid=actor-row]")).getAttribute("data-code").startsWith("RUS"));
    browser.get(url("/#/actors?q=Puti"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> "Puti".equals(d.findElement(By.cssSelector("[data-testid=actors-search]")).getAttribute("value")));
    waitFor("[data-testid=actor-table]");
    waitReady();
    assertTrue(browser.findElements(By.cssSelector("[data-testid=actor-row]")).isEmpty(), "whole words only");
  }

  @Test
  @Order(13)
  void dashboard_countryLevelFoldsSectors_withASectorFilter_andSectorLevelKeepsThem() throws Exception {
    browser.get(url("/#/"));
    waitReady();
    List<String> countries = pairs(get("/api/dyads?level=country&top=20"));
    assertEquals(countries, shownDyads(), "countries by default");
    assertTrue(countries.contains("AZE → ARM") && countries.stream().noneMatch(d -> d.startsWith("AZEMIL")), countries.toString());
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=sector-select]"))).selectByValue("MIL");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("sector=MIL"));
    waitFor("[data-testid=dyad-table]");
    waitReady();
    List<String> military = pairs(get("/api/dyads?level=country&sector=MIL&top=20"));
    assertEquals(military, shownDyads());
    assertTrue(military.contains("AZE → ARM") && military.size() < countries.size(), military.toString());
    screenshot("overview-countries");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=level-select]"))).selectByValue("sector");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("level=sector"));
    waitFor("[data-testid=dyad-table]");
    waitReady();
    List<String> sectors = pairs(get("/api/dyads?level=sector&sector=MIL&top=20"));
    assertEquals(sectors, shownDyads());
    assertTrue(sectors.stream().anyMatch(d -> d.startsWith("AZEMIL → ")), sectors.toString());
  }

  @Test
  @Order(14)
  void dashboard_dateRangesOnOverviewAndMap() throws Exception {
    browser.get(url("/#/"));
    waitReady();
    setDate("range-since", "2024-03-11");
    setDate("range-until", "2024-03-17");
    click(browser.findElement(By.cssSelector("[data-testid=range-apply]")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("until=2024-03-17"));
    waitReady();
    assertTrue(browser.getCurrentUrl().contains("since=2024-03-11"), browser.getCurrentUrl());
    assertEquals(pairs(get("/api/dyads?since=2024-03-11&until=2024-03-17&top=20&level=country")), shownDyads());
    List<WebElement> latest = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    assertEquals(get("/api/events?since=2024-03-11&until=2024-03-17").get("total").asInt(), latest.size());
    assertTrue(latest.stream().allMatch(r -> r.getText().contains("2024-03-1")), latest.get(0).getText());
    assertEquals("as of 2024-03-17", browser.findElement(By.cssSelector("[data-testid=alerts-as-of]")).getText());
    screenshot("overview-range");
    browser.get(url("/#/map"));
    waitReady();
    setDate("range-since", "2024-03-11");
    setDate("range-until", "2024-03-17");
    click(browser.findElement(By.cssSelector("[data-testid=range-apply]")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("#/map?since=2024-03-11&until=2024-03-17"));
    waitReady();
    long inRange = placedByText("&since=2024-03-11&until=2024-03-17");
    assertTrue(inRange > 0 && inRange < placedByText(""));
    assertEquals(inRange, browser.findElements(By.cssSelector("[data-testid=map-marker]")).size());
  }

  @Test
  @Order(15)
  void dashboard_everyTableHasCsvAndJsonDownloads_thatGiveItsRows() throws Exception {
    String event = get("/api/events?source=AZE&code=194&until=2024-03-05").get("items").get(0).get("id").asText();
    String article = get("/api/articles?size=1").get("items").get(0).get("hash").asText();
    for (String page : List.of("/#/", "/#/events", "/#/dyad/AZE/ARM", "/#/event/" + event, "/#/articles", "/#/article/" + article,
        "/#/actors?q=japan")) {
      browser.get(url(page));
      waitReady();
      List<WebElement> tables = browser.findElements(By.cssSelector("main table:not(.u-legend)"));
      assertFalse(tables.isEmpty(), page);
      for (WebElement table : tables) {
        WebElement block = table.findElement(By.xpath("ancestor::div[@data-testid='table-block']"));
        assertEquals(1, block.findElements(By.cssSelector("[data-testid=download-csv]")).size(), page);
        assertEquals(1, block.findElements(By.cssSelector("[data-testid=download-json]")).size(), page);
      }
    }
    browser.get(url("/#/"));
    waitReady();
    WebElement dyads = browser.findElement(By.cssSelector("[data-testid=dyad-table]")).findElement(By.xpath("ancestor::div[@data-testid='table-block']"));
    click(dyads.findElement(By.cssSelector("[data-testid=download-csv]")));
    List<String> csv = Files.readAllLines(downloaded("dyads.csv"));
    assertTrue(csv.get(0).startsWith("source,target,events,mean_goldstein"), csv.get(0));
    assertEquals(browser.findElements(By.cssSelector("[data-testid=dyad-row]")).size() + 1, csv.size());
    JsonNode api = get("/api/dyads?top=20&level=country");
    assertTrue(csv.get(1).startsWith(api.get(0).get("source").asText() + "," + api.get(0).get("target").asText() + ","
        + api.get(0).get("events").asInt() + ","), csv.get(1));
    WebElement latest = browser.findElement(By.cssSelector("[data-testid=event-table]")).findElement(By.xpath("ancestor::div[@data-testid='table-block']"));
    click(latest.findElement(By.cssSelector("[data-testid=download-json]")));
    JsonNode json = JSON.readTree(downloaded("latest-events.json").toFile());
    JsonNode shown = get("/api/events?size=15&sort=newest").get("items");
    assertTrue(shown.equals((a, b) -> a.equals(b) || a.isNumber() && b.isNumber() && a.asDouble() == b.asDouble() ? 0 : 1, json),
        "the rows as the API gave them: " + json);
  }

  @Test
  @Order(16)
  void dashboard_eventPageShowsASmallMapOfItsPlace() throws Exception {
    JsonNode located = get("/api/events?located=true&size=1").get("items").get(0);
    browser.get(url("/#/event/" + located.get("id").asText()));
    waitReady();
    waitFor("[data-testid=event-map] [data-testid=event-map-marker]");
    assertEquals(1, browser.findElements(By.cssSelector("[data-testid=event-map]")).size());
    assertFalse(browser.findElements(By.cssSelector("[data-testid=event-map] [data-testid=event-map-marker]")).isEmpty());
    screenshot("event-map");
    JsonNode unlocated = get("/api/events?size=500").get("items");
    for (JsonNode e : unlocated) {
      if (e.get("location").isNull()) {
        browser.get(url("/#/event/" + e.get("id").asText()));
        waitReady();
        assertTrue(browser.findElements(By.cssSelector("[data-testid=event-map]")).isEmpty(), "no map without a place");
        break;
      }
    }
  }

  @Test
  @Order(17)
  void dashboard_tablesFitThePageAt1024Pixels_withoutAHorizontalScrollbar() throws Exception {
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 800));
    try {
      String event = get("/api/events?source=AZE&code=194&until=2024-03-05").get("items").get(0).get("id").asText();
      for (String page : List.of("/#/", "/#/?level=country", "/#/events", "/#/events?modality=all", "/#/dyad/AZE/ARM", "/#/dyad/RUS/UKR",
          "/#/event/" + event, "/#/articles", "/#/actors?q=japan", "/#/map")) {
        browser.get(url(page));
        waitReady();
        long inner = (Long) browser.executeScript("return window.innerWidth;");
        assertTrue(inner <= 1024, "window " + inner);
        long page1 = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        long client = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        assertTrue(page1 <= client, page + ": the page is " + page1 + " px wide in " + client);
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) browser.executeScript("return [...document.querySelectorAll('.table-wrap')]"
            + ".filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.querySelector('table').dataset.testid + ' ' + w.scrollWidth"
            + " + '>' + w.clientWidth);");
        assertEquals(List.of(), wide, page + ": tables that scroll sideways");
        screenshot("w1024-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
      }
    } finally {
      browser.manage().window().setSize(before);
    }
  }

  @Test
  @Order(18)
  void dashboard_tagsImportedEvents_andFiltersByProvenance() throws Exception {
    // The examples' hand-written rows (GDELT 2.0 and ACLED codebooks) join the coded events in the same store.
    dashboard.store().importFile(org.dyad.store.exchange.ImportFormat.GDELT, Path.of("..", "examples", "gdelt-sample.export.CSV"));
    dashboard.store().importFile(org.dyad.store.exchange.ImportFormat.ACLED, Path.of("..", "examples", "acled-sample.csv"));
    dashboard.store().importFile(org.dyad.store.exchange.ImportFormat.GDELT_MENTIONS, Path.of("..", "examples", "gdelt-sample.mentions.CSV"));
    int coded = get("/api/events?provenance=dyad").get("total").asInt();
    assertTrue(coded > 0);
    browser.get(url("/#/events?sort=oldest"));
    waitReady();
    // Unfiltered: both kinds, and only the imported rows carry a tag naming their data set.
    assertEquals(coded + 4 + 3, Integer.parseInt(browser.findElement(By.cssSelector("[data-testid=event-count]")).getText().split(" ")[0]));
    List<WebElement> first = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    long tagged = first.stream().filter(r -> !r.findElements(By.cssSelector("[data-testid=provenance-tag]")).isEmpty()).count();
    assertTrue(tagged > 0 && tagged < first.size(), "the oldest page holds GDELT's 2022 events, tagged, and coded ones: " + tagged);
    // Filtered in the form: ACLED's events only, each tagged, shown by its own type (no CAMEO code).
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=filter-provenance]"))).selectByValue("acled");
    click(browser.findElement(By.cssSelector("[data-testid=filter-submit]")));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("provenance=acled"));
    waitReady();
    // (the ready flag may still be the previous page's when the hash changes: wait for the filtered rows themselves)
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("[data-testid=event-row]")).size() == 3);
    List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    assertEquals(3, rows.size());
    for (WebElement r : rows) {
      assertEquals("acled", r.findElement(By.cssSelector("[data-testid=provenance-tag]")).getText(), r.getText());
      assertFalse(r.findElement(By.cssSelector("[data-testid=own-type]")).getText().isBlank(), r.getText());
    }
    screenshot("events-acled");
    // Coded by Dyad: no tag on any row, and the select keeps the choice.
    browser.get(url("/#/events?provenance=dyad"));
    waitReady();
    assertEquals("dyad", new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=filter-provenance]")))
        .getFirstSelectedOption().getAttribute("value"));
    assertEquals(coded, Integer.parseInt(browser.findElement(By.cssSelector("[data-testid=event-count]")).getText().split(" ")[0]));
    assertFalse(browser.findElements(By.cssSelector("[data-testid=event-row]")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector("[data-testid=provenance-tag]")).isEmpty(), "coded events carry no tag");
    browser.get(url("/#/events?provenance=gdelt"));
    waitReady();
    rows = browser.findElements(By.cssSelector("[data-testid=event-row]"));
    assertEquals(4, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.findElement(By.cssSelector("[data-testid=provenance-tag]")).getText().equals("gdelt")));
    screenshot("events-gdelt");
    // The invasion's three mentions (examples/gdelt-sample.mentions.CSV) are its reports, from two outlets, listed on its page.
    JsonNode invasion = get("/api/events?provenance=gdelt&code=190").get("items").get(0);
    assertEquals(List.of(3, 2), List.of(invasion.get("reports").asInt(), invasion.get("sources").asInt()));
    JsonNode detail = get("/api/events/" + invasion.get("id").asText());
    assertEquals(List.of("https://www.example.com/news/ukraine-invasion.html", "https://www.example.org/world/russian-troops-cross-border",
        "https://www.example.com/live/ukraine-day-one"), java.util.stream.StreamSupport.stream(detail.get("mentions").spliterator(), false)
        .map(m -> m.get("url").asText()).toList());
    browser.get(url("/#/event/" + invasion.get("id").asText()));
    waitReady();
    waitFor("[data-testid=mentions]");
    List<WebElement> mentions = browser.findElements(By.cssSelector("[data-testid=mention-row]"));
    assertEquals(3, mentions.size());
    assertTrue(mentions.get(1).getText().contains("example.org") && mentions.get(1).getText().contains("2022-02-24"), mentions.get(1).getText());
    screenshot("event-gdelt-mentions");
  }

  /** Fills a date input as a user's date picker does (typing depends on the browser's locale). */
  private static void setDate(String testid, String day) {
    browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.cssSelector("[data-testid=" + testid + "]")), day);
  }

  private static List<String> shownDyads() {
    return browser.findElements(By.cssSelector("[data-testid=dyad-link]")).stream().map(WebElement::getText).toList();
  }

  private static List<String> pairs(JsonNode dyads) {
    List<String> pairs = new ArrayList<>();
    dyads.forEach(d -> pairs.add(d.get("source").asText() + " → " + d.get("target").asText()));
    return pairs;
  }

  /** A file the browser downloaded, once it is complete. */
  private static Path downloaded(String name) {
    Path file = DOWNLOADS.resolve(name);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
    return file;
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
    return dashboard.post(body, type, query, status);
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    return dashboard.get(path);
  }

  /** The located events the text placed; those with only an actor's country are listed apart from the map (MapIT). */
  private static long placedByText(String query) throws IOException, InterruptedException {
    long placed = 0;
    for (JsonNode e : get("/api/events?located=true&size=500" + query).get("items")) {
      placed += e.get("location").get("method").asText().equals("actor-country") ? 0 : 1;
    }
    return placed;
  }

  private static String url(String path) {
    return dashboard.url(path);
  }

  private static void waitReady() {
    dashboard.waitReady();
  }

  private static void waitFor(String css) {
    dashboard.waitFor(css);
  }

  private static void click(WebElement e) {
    dashboard.click(e);
  }

  private static void screenshot(String name) throws IOException {
    dashboard.screenshot(name);
  }
}
