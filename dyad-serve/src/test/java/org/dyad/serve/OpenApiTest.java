package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served OpenAPI description matches the routes Javalin really has, and their parameters. */
class OpenApiTest {
  @Test
  void everyRouteIsDescribed_andEveryDescribedPathIsRouted() throws Exception {
    Javalin app = DyadServer.create(new DyadServer.Settings(null, null, null, 1000));
    Set<String> routed = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().forEach(e -> {
      String method = e.endpoint.method.name().toLowerCase(Locale.ROOT);
      if (method.equals("get") || method.equals("post") || method.equals("put") || method.equals("delete") || method.equals("patch")) {
        routed.add(method + " " + e.endpoint.path);
      }
    });
    Set<String> described = new TreeSet<>();
    openApi().get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> described.add(m + " " + p.getKey())));
    assertEquals(routed, described);
  }

  @Test
  void describedQueryParameters_areExactlyThoseTheHandlersAccept() throws Exception {
    Map<String, Set<String>> accepted = new TreeMap<>(Map.of(
        "get /api/events", ReadApi.EVENT_PARAMS, "get /api/dyads", ReadApi.DYAD_PARAMS, "get /api/timeline", ReadApi.TIMELINE_PARAMS,
        "get /api/alerts", ReadApi.ALERT_PARAMS, "get /api/articles", ReadApi.ARTICLE_PARAMS, "post /api/ingest", IngestApi.PARAMS,
        "get /api/export", ReadApi.EXPORT_PARAMS, "get /api/actors", ReadApi.ACTOR_PARAMS));
    Map<String, Set<String>> described = new TreeMap<>();
    openApi().get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      Set<String> names = new TreeSet<>();
      m.getValue().path("parameters").forEach(param -> {
        if (param.get("in").asText().equals("query")) {
          names.add(param.get("name").asText());
        }
      });
      if (!names.isEmpty()) {
        described.put(m.getKey() + " " + p.getKey(), names);
      }
    }));
    Map<String, Set<String>> sortedAccepted = new TreeMap<>();
    accepted.forEach((k, v) -> sortedAccepted.put(k, new TreeSet<>(v)));
    assertEquals(sortedAccepted, described);
  }

  private static JsonNode openApi() throws Exception {
    try (InputStream in = DyadServer.class.getResourceAsStream("openapi.json")) {
      JsonNode doc = new ObjectMapper().readTree(in);
      assertEquals("3.0.3", doc.get("openapi").asText());
      return doc;
    }
  }
}
