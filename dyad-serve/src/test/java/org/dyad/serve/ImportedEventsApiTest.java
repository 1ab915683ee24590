package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.DuckDbStore;
import org.dyad.store.exchange.ImportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events imported from another data set, over HTTP: listed apart by {@code provenance}, and an
 * ACLED event, which has no CAMEO code, known by its own type.
 */
class ImportedEventsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static DuckDbStore store;
  private static Javalin server;

  @BeforeAll
  static void start() throws Exception {
    Path acled = dir.resolve("acled.csv");
    Files.writeString(acled, String.join(",", ImportFormat.ACLED.columns()) + "\n"
        + "SDN9001,2024-05-10,2024,1,Political violence,Battles,Armed clash,Military Forces of Sudan (2019-),,1,Rapid Support Forces,,2,12,,"
        + "729,Northern Africa,Sudan,North Darfur,El Fasher,,El Fasher,13.6279,25.3494,1,Sudan Tribune,National,"
        + "\"Clashes in El Fasher, 9 killed.\",9,,1715558400\n");
    store = DuckDbStore.open(dir.resolve("i.duckdb"));
    store.importFile(ImportFormat.ACLED, acled);
    server = DyadServer.create(new DyadServer.Settings(store, null, null, 1000)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    store.close();
  }

  @Test
  void importedAcledEvents_listByProvenance_andShowTheirOwnType() throws Exception {
    assertEquals(0, get("/api/events?provenance=dyad", 200).get("total").asInt());
    JsonNode page = get("/api/events?provenance=ACLED", 200);
    assertEquals(1, page.get("total").asInt());
    JsonNode e = page.get("items").get(0);
    assertEquals(List.of("acled", "", "Battles", "Armed clash", "SDNMIL", "SDNREB", "9", "El Fasher"), List.of(e.get("provenance").asText(),
        e.get("code").asText(), e.get("eventType").asText(), e.get("subEventType").asText(), e.get("source").get("code").asText(),
        e.get("target").get("code").asText(), e.get("fatalities").asText(), e.get("location").get("name").asText()));
    assertEquals("SDNMIL", get("/api/dyads", 200).get(0).get("source").asText());
    JsonNode bad = get("/api/events?provenance=icews", 400);
    assertEquals("provenance", bad.get("parameter").asText());
  }

  @Test
  void dyadsTimelinesAndAlerts_takeTheProvenanceFilter() throws Exception {
    assertEquals("SDNMIL", get("/api/dyads?provenance=acled", 200).get(0).get("source").asText());
    assertEquals(0, get("/api/dyads?provenance=dyad", 200).size());
    assertEquals(1, get("/api/timeline?source=SDN&target=SDN&by=day&provenance=acled", 200).size());
    assertEquals(0, get("/api/timeline?source=SDN&target=SDN&by=day&provenance=gdelt", 200).size());
    assertEquals(0, get("/api/alerts?as_of=2024-05-12&provenance=dyad", 200).size());
    assertEquals("provenance", get("/api/alerts?provenance=icews", 400).get("parameter").asText());
    assertEquals("provenance", get("/api/dyads?provenance=icews", 400).get("parameter").asText());
  }

  private static JsonNode get(String path, int status) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }
}
