package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Casualties;
import org.dyad.model.ConflictType;
import org.dyad.model.DyadInputException;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Modality;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.AlertQuery;
import org.dyad.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over HTTP: a real Javalin server on a free port over a real DuckDB file holding events
 * of a weekly clash series, answered as JSON. Writes are tested read-only and with a wrong token
 * here; coding through POST /api/ingest is tested with the real pipeline in dyad-cli.
 */
class ApiTest {
  private static final CameoOntology CAMEO = CameoOntology.load();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static DuckDbStore store;
  private static Javalin server;
  private static Javalin guarded;

  @BeforeAll
  static void start() throws DyadInputException {
    store = DuckDbStore.open(dir.resolve("api.duckdb"));
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int week = 0; week < 12; week++) {
      String text = "Armenian forces shelled Azerbaijani positions near Lachin in week " + week + ".";
      List<Event> events = new java.util.ArrayList<>(week < 9 ? List.of(event("ARMMIL", "AZEMIL", "042", text)) : List.of(
          event("ARMMIL", "AZEMIL", "195", text, Modality.ASSERTED, week == 11 ? null : week - 4),
          event("ARMMIL", "AZEMIL", "190", text, Modality.ASSERTED, week == 11 ? 2 : null), event("ARMMIL", "AZEMIL", "193", text)));
      if (week == 11) {
        // A denied strike with a toll: stored, shown on request, counted nowhere.
        events.add(event("ARMMIL", "AZEMIL", "195", text, Modality.NEGATED, 100));
      }
      store.save(new Article("https://example.org/" + week, "wire", "Week " + week, day.plusWeeks(week), text), "hash" + week, events);
    }
    server = DyadServer.create(new DyadServer.Settings(store, null, null, 1000)).start("127.0.0.1", 0);
    guarded = DyadServer.create(new DyadServer.Settings(store, null, "s3cret", 1000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws DyadInputException {
    server.stop();
    guarded.stop();
    store.close();
  }

  @Test
  void events_pageWithFiltersAndSort() throws Exception {
    JsonNode page = get("/api/events?source=ARM&code=19&sort=oldest&size=2&page=2", 200);
    assertEquals(9, page.get("total").asInt());
    assertEquals(2, page.get("items").size());
    JsonNode first = page.get("items").get(0);
    assertEquals("2024-03-04", first.get("date").asText());
    assertEquals("ARMMIL", first.get("source").get("code").asText());
    assertEquals("Armenian forces", first.get("sentenceText").asText().substring(
        first.get("sourceSpan").get("start").asInt() - first.get("sentenceStart").asInt(),
        first.get("sourceSpan").get("end").asInt() - first.get("sentenceStart").asInt()));
    assertEquals(9, get("/api/events?quad=1&q=LACHIN", 200).get("total").asInt());
    assertEquals(0, get("/api/events?quad=1&q=Lachin%25", 200).get("total").asInt());
  }

  @Test
  void event_withEvidenceAndReports_orNotFound() throws Exception {
    String id = get("/api/events?size=1", 200).get("items").get(0).get("id").asText();
    JsonNode one = get("/api/events/" + id, 200);
    assertEquals(id, one.get("event").get("id").asText());
    assertEquals("shelled", one.get("event").get("trigger").asText());
    assertEquals(1, one.get("reports").size());
    assertEquals("no event with id nope-0", get("/api/events/nope-0", 404).get("error").asText());
  }

  @Test
  void dyadsTimelineAlertsArticlesStats() throws Exception {
    JsonNode dyads = get("/api/dyads?top=5", 200);
    assertEquals("ARMMIL", dyads.get(0).get("source").asText());
    assertEquals(18, dyads.get(0).get("events").asInt());
    JsonNode weeks = get("/api/timeline?source=ARM&target=AZE&by=week", 200);
    assertEquals(12, weeks.size());
    assertEquals(3, weeks.get(11).get("conflict").asInt());
    JsonNode alerts = get("/api/alerts?window=3&as_of=2024-03-24", 200);
    assertEquals(1, alerts.size());
    assertEquals("ARM", alerts.get(0).get("source").asText());
    assertEquals("2024-03-04 2024-03-24", alerts.get(0).get("since").asText() + " " + alerts.get(0).get("until").asText());
    assertEquals("ARMMIL AZEMIL", get("/api/alerts?window=3&as_of=2024-03-24&level=sector", 200).get(0).get("source").asText() + " "
        + get("/api/alerts?window=3&as_of=2024-03-24&level=sector", 200).get(0).get("target").asText());
    assertEquals(0, get("/api/alerts?window=3&as_of=2024-02-25", 200).size(), "as of a day before the clashes");
    assertEquals(0, get("/api/alerts?window=3", 200).size(), "as of today, long after the store's last week");
    assertEquals(12, get("/api/articles?size=5", 200).get("total").asInt());
    JsonNode article = get("/api/articles/hash3", 200);
    assertEquals("Week 3", article.get("article").get("title").asText());
    assertEquals(1, article.get("events").size());
    assertEquals(12, get("/api/stats", 200).get("articles").asInt());
    JsonNode codes = get("/api/codes", 200);
    assertEquals(311, codes.size());
    JsonNode aerial = null;
    for (JsonNode c : codes) {
      aerial = c.get("code").asText().equals("195") ? c : aerial;
    }
    assertEquals("Employ aerial weapons -10.0 4 ASSAULT aerial", aerial.get("name").asText() + " " + aerial.get("goldstein").asDouble() + " "
        + aerial.get("quadClass").asInt() + " " + aerial.get("ploverType").asText() + " " + aerial.get("ploverMode").asText());
  }

  @Test
  void alerts_defaultWindowAndThreshold_areTheCliDefaults() throws Exception {
    // Clashes in weeks 9-11 after a quiet baseline. Window 2 (weeks 10-11) against weeks 0-9:
    // z = 2.85, so no alert at the one default threshold of 3, one at 2.5; the old API defaults
    // (4 weeks, z >= 2) alerted with another window.
    assertEquals(0, get("/api/alerts?as_of=2024-03-24", 200).size());
    JsonNode alerts = get("/api/alerts?as_of=2024-03-24&threshold=2.5", 200);
    assertEquals(1, alerts.size(), alerts.toString());
    assertEquals(2.85, alerts.get(0).get("z").asDouble(), 0.01);
    assertEquals(LocalDate.of(2024, 3, 24).minusDays(6).minusWeeks(AlertQuery.DEFAULT_WINDOW - 1).toString(),
        alerts.get(0).get("since").asText());
    assertEquals("2024-03-11", alerts.get(0).get("since").asText());
  }

  @Test
  void modality_assertedByDefault_allOrOne_onRequest() throws Exception {
    assertEquals(3, get("/api/events?code=195", 200).get("total").asInt());
    assertEquals(3, get("/api/events?code=195&modality=asserted", 200).get("total").asInt());
    assertEquals(4, get("/api/events?code=195&modality=all", 200).get("total").asInt());
    JsonNode negated = get("/api/events?modality=Negated", 200);
    assertEquals(1, negated.get("total").asInt());
    JsonNode denied = negated.get("items").get(0);
    assertEquals("negated 100 100", denied.get("modality").asText() + " " + denied.get("fatalities").asInt() + " "
        + denied.get("toll").get("fatalities").asInt());
    assertEquals(0, get("/api/events?modality=future", 200).get("total").asInt());
    JsonNode stats = get("/api/stats", 200);
    assertEquals("18 18", stats.get("events").asInt() + " " + stats.get("reports").asInt(), "the negated event is not counted");
    assertEquals(3, get("/api/articles/hash11", 200).get("events").size());
  }

  @Test
  void casualtiesTypeAndEventDate_perEvent_andFatalitiesSummedPerDyadAndPeriod() throws Exception {
    JsonNode strike = get("/api/events?code=195&sort=oldest", 200).get("items").get(0);
    assertEquals("2024-03-04 2024-03-04 day asserted", strike.get("date").asText() + " " + strike.get("eventDate").asText() + " "
        + strike.get("timePrecision").asText() + " " + strike.get("modality").asText());
    assertEquals("5 killing 5 Explosions/Remote violence Shelling/artillery/missile attack", strike.get("fatalities").asInt() + " "
        + strike.get("casualtyWords").asText() + " " + strike.get("eventType").asText() + " " + strike.get("subEventType").asText());
    assertTrue(strike.get("injured").isNull(), strike.toString());
    assertEquals("5 " + strike.get("id").asText(), strike.get("toll").get("fatalities").asInt() + " "
        + strike.get("toll").get("fatalitiesReport").asText());
    JsonNode detail = get("/api/events/" + strike.get("id").asText(), 200);
    assertEquals(5, detail.get("reports").get(0).get("fatalities").asInt());
    assertEquals(5 + 6 + 2, get("/api/dyads?top=5", 200).get(0).get("fatalities").asInt(), "the denied toll of 100 is not counted");
    JsonNode weeks = get("/api/timeline?source=ARM&target=AZE&by=week", 200);
    assertEquals("0 5 6 2", weeks.get(0).get("fatalities").asInt() + " " + weeks.get(9).get("fatalities").asInt() + " "
        + weeks.get(10).get("fatalities").asInt() + " " + weeks.get(11).get("fatalities").asInt());
  }

  @Test
  void badParameters_get400NamingTheParameter() throws Exception {
    assertBad("/api/events?modality=maybe", "modality", "must be one of asserted, all, negated, hypothetical, conditional, intended, future,"
        + " historical, denied");
    assertBad("/api/events?sinse=2024-01-01", "sinse", "unknown parameter");
    assertBad("/api/events?since=2024-02-30", "since", "must be a date as YYYY-MM-DD");
    assertBad("/api/events?size=501", "size", "must be between 1 and 500");
    assertBad("/api/events?quad=x", "quad", "must be a whole number");
    assertBad("/api/events?sort=random", "sort", "must be one of newest, oldest, most-hostile");
    assertBad("/api/events?source=RUS';DROP", "source", "must be a code");
    assertBad("/api/timeline?source=ARM", "target", "is required");
    assertBad("/api/timeline?source=ARM&target=AZE&by=year", "by", "must be one of day, week, month");
    assertBad("/api/alerts?threshold=-1", "threshold", "must be between");
    assertBad("/api/alerts?threshold=0", "threshold", "must be a positive number");
    assertBad("/api/alerts?as_of=2024-13-01", "as_of", "must be a date as YYYY-MM-DD");
    assertBad("/api/alerts?level=region", "level", "must be one of country, sector");
    assertBad("/api/events?located=yes", "located", "must be true or false");
  }

  @Test
  void writes_readOnlyWithoutToken_unauthorizedWithWrongOne_boundedBody() throws Exception {
    HttpResponse<String> readOnly = post(server, "Some article.", null);
    assertEquals(403, readOnly.statusCode());
    assertTrue(JSON.readTree(readOnly.body()).get("error").asText().contains("read-only"));
    assertEquals(401, post(guarded, "Some article.", "wrong").statusCode());
    assertEquals(401, post(guarded, "Some article.", null).statusCode());
    HttpResponse<String> large = post(guarded, "x".repeat(5000), "s3cret");
    assertEquals(413, large.statusCode());
    assertTrue(large.body().contains("larger than the server accepts"), large.body());
    HttpResponse<String> latin1 = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/api/ingest")).header("Content-Type", "text/plain")
        .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'C', 'a', 'f', (byte) 0xE9}))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, latin1.statusCode());
    assertTrue(latin1.body().contains("request body: not valid UTF-8 (malformed byte at offset 3)"), latin1.body());
    HttpResponse<String> klingon = HTTP.send(HttpRequest.newBuilder(uri(guarded, "/api/ingest")).header("Content-Type", "text/plain; charset=klingon")
        .header("Authorization", "bearer s3cret").POST(HttpRequest.BodyPublishers.ofString("Text.")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, klingon.statusCode(), klingon.body());
    assertEquals("names an unknown charset 'klingon'", JSON.readTree(klingon.body()).get("error").asText());
    HttpResponse<String> nul = post(guarded, "a\0b", "s3cret");
    assertEquals(400, nul.statusCode());
    assertTrue(nul.body().contains("request body: binary file (NUL byte at offset 1)"), nul.body());
    assertEquals(12, get("/api/stats", 200).get("articles").asInt(), "nothing was stored");
  }

  @Test
  void unknownApiPath_isJson404_andResponsesCarryCsp() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/nope")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, r.statusCode());
    assertTrue(JSON.readTree(r.body()).get("error").asText().contains("/api/nope"));
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri(server, "/")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "the dashboard loads nothing from elsewhere");
  }

  @Test
  void jettysOwnErrors_tooLongUriAndPathAboveTheRoot_areJsonToo() throws Exception {
    HttpResponse<String> tooLong = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/events?q=" + "a".repeat(10_000))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(414, tooLong.statusCode());
    assertEquals("application/json", tooLong.headers().firstValue("Content-Type").orElse(""));
    assertEquals("the request URI is longer than the server accepts (8 KB with the headers)", JSON.readTree(tooLong.body()).get("error").asText());
    for (String path : List.of("/../../etc/passwd", "/api/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd")) {
      String raw = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertTrue(raw.startsWith("HTTP/1.1 400 "), path + ": " + raw);
      assertTrue(raw.contains("Content-Type: application/json"), raw);
      String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      assertTrue(JSON.readTree(body).get("error").asText().startsWith("bad request"), body);
    }
  }

  @Test
  void q_matchesWholeWords_notPartsOfWords() throws Exception {
    assertEquals(0, get("/api/events?q=shell", 200).get("total").asInt(), "'shell' is not the word 'shelled'");
    assertEquals(0, get("/api/events?q=Lach", 200).get("total").asInt());
    assertEquals(18, get("/api/events?q=shelled", 200).get("total").asInt());
    assertEquals(18, get("/api/events?q=SHELLED%20lachin", 200).get("total").asInt(), "every word, in any case");
    assertEquals(3, get("/api/events?q=week%2011.", 200).get("total").asInt(), "punctuation taken literally");
    assertEquals(0, get("/api/events?q=shelled%20warned", 200).get("total").asInt());
    assertEquals(12, get("/api/articles?q=lachin", 200).get("total").asInt());
    assertEquals(0, get("/api/articles?q=lach", 200).get("total").asInt());
  }

  @Test
  void dyadsAtCountryLevel_andActorsByName() throws Exception {
    JsonNode country = get("/api/dyads?level=country&until=2024-03-24&since=2024-01-01&sector=mil", 200);
    assertEquals("ARM AZE 18", country.get(0).get("source").asText() + " " + country.get(0).get("target").asText() + " "
        + country.get(0).get("events").asInt());
    assertEquals(0, get("/api/dyads?level=country&sector=COP", 200).size());
    assertEquals(0, get("/api/dyads?until=2023-12-31", 200).size());
    assertBad("/api/dyads?sector=MILITARY", "sector", "must be a sector code of three letters");
    assertBad("/api/dyads?level=region", "level", "must be one of country, sector");
    assertBad("/api/dyads?since=2024-02-01&until=2024-01-01", "since", "is after until");
    JsonNode actors = get("/api/actors?q=armenian%20forces", 200);
    assertEquals("ARMMIL Armenian forces 18", actors.get(0).get("code").asText() + " " + actors.get(0).get("mention").asText() + " "
        + actors.get(0).get("asSource").asInt());
    assertEquals(0, get("/api/actors?q=armen", 200).size());
    assertBad("/api/actors", "q", "is required");
  }

  @Test
  void unknownParameter_onAnEndpointWithoutParameters_saysItTakesNone() throws Exception {
    JsonNode error = get("/api/stats?x=1", 400);
    assertEquals("unknown parameter; this endpoint takes no parameters", error.get("error").asText());
    assertEquals("x", error.get("parameter").asText());
  }

  @Test
  void statsGiveTheEventsDates() throws Exception {
    JsonNode stats = get("/api/stats", 200);
    assertEquals("2024-01-01 2024-03-18 0", stats.get("firstEventDate").asText() + " " + stats.get("lastEventDate").asText() + " "
        + stats.get("undatedEvents").asInt());
  }

  private static String raw(String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static void assertBad(String path, String parameter, String why) throws Exception {
    JsonNode error = get(path, 400);
    assertEquals(parameter, error.get("parameter").asText(), path);
    assertTrue(error.get("error").asText().contains(why), path + ": " + error);
  }

  static JsonNode get(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), path + " → " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> post(Javalin to, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(to, "/api/ingest")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(Javalin to, String path) {
    return URI.create("http://127.0.0.1:" + to.port() + path);
  }

  private static Event event(String source, String target, String code, String text, Modality modality, Integer killed) {
    Event e = event(source, target, code, text);
    return new Event(e.docId(), e.date(), e.source(), e.target(), e.code(), e.sentenceIndex(), e.sentenceText(), e.span(), e.evidence(),
        e.attribution(), e.hedged(), e.issues(), e.location(), modality,
        killed == null ? Casualties.NONE : new Casualties(killed, null, null, "killing " + killed), e.time(),
        killed == null ? ConflictType.NONE : new ConflictType("Explosions/Remote violence", "Shelling/artillery/missile attack"));
  }

  private static Event event(String source, String target, String code, String text) {
    ActorMention s = new ActorMention(Actor.of(source.substring(0, 3), source.substring(3), source), "Armenian forces", new Span(0, 15));
    ActorMention t = new ActorMention(Actor.of(target.substring(0, 3), target.substring(3), target), "Azerbaijani positions", new Span(24, 45));
    Evidence ev = new Evidence("verb source.subject target.object", "verbs.tsv:1", "shelled", new Span(16, 23));
    return new Event("d", null, s, t, CAMEO.get(code), 0, text, new Span(0, 45), ev, "", false, List.of(), null);
  }
}
