package org.dyad.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.DyadInputException;
import org.dyad.store.Alert;
import org.dyad.store.AlertQuery;
import org.dyad.store.DyadQuery;
import org.dyad.store.DyadSummary;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.TimelinePoint;

/**
 * The read commands' questions answered by the running {@code dyad serve} that holds the store,
 * through its JSON API: the same store queries, run in the server's process. Thread-safe (the
 * client and mapper are).
 */
final class ServerReads implements StoreReads {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  ServerReads(URI base) {
    this.base = base;
  }

  @Override
  public List<DyadSummary> dyads(DyadQuery q) throws DyadInputException {
    return read(get("/api/dyads", params("since", q.since(), "until", q.until(), "top", q.top(), "level",
        q.level().name().toLowerCase(Locale.ROOT), "sector", q.sector(), "provenance", label(q.provenance()))), new TypeReference<>() {});
  }

  @Override
  public List<TimelinePoint> timeline(String source, String target, EventStore.Period by, boolean both,
      org.dyad.store.exchange.Provenance provenance) throws DyadInputException {
    return read(get("/api/timeline", params("source", source, "target", target, "by", by.name().toLowerCase(Locale.ROOT), "both", both,
        "provenance", label(provenance))), new TypeReference<>() {});
  }

  @Override
  public List<Flagged> alerts(AlertQuery query, int drivers) throws DyadInputException {
    JsonNode alerts = read(get("/api/alerts", params("as_of", query.asOf(), "window", query.window(), "threshold", query.threshold(),
        "level", query.level().name().toLowerCase(Locale.ROOT), "provenance", label(query.provenance()))), new TypeReference<JsonNode>() {});
    List<Flagged> flagged = new ArrayList<>();
    for (JsonNode a : alerts) {
      Alert alert = new Alert(a.path("source").asText(), a.path("target").asText(), LocalDate.parse(a.path("since").asText()),
          LocalDate.parse(a.path("until").asText()), a.path("recentMean").asDouble(), a.path("baselineMean").asDouble(),
          a.path("baselineSd").asDouble(), a.path("z").asDouble(), a.path("recentEvents").asLong());
      List<Driver> events = new ArrayList<>();
      for (JsonNode e : a.path("drivers")) {
        if (events.size() < drivers) {
          events.add(new Driver(e.path("date").isTextual() ? LocalDate.parse(e.path("date").asText()) : null, e.path("code").asText(),
              e.path("source").path("code").asText(), e.path("target").path("code").asText(), e.path("goldstein").asDouble(),
              e.path("sentenceText").asText()));
        }
      }
      flagged.add(new Flagged(alert, events));
    }
    return flagged;
  }

  @Override
  public EventStore.DateRange eventDates() throws DyadInputException {
    JsonNode stats = read(get("/api/stats", Map.of()), new TypeReference<JsonNode>() {});
    return new EventStore.DateRange(date(stats.path("firstEventDate")), date(stats.path("lastEventDate")),
        stats.path("undatedEvents").asLong());
  }

  @Override
  public long export(ExportFormat format, Path out, LocalDate since, LocalDate until, org.dyad.store.exchange.Provenance provenance)
      throws DyadInputException {
    URI uri = uri("/api/export", params("format", format.name().toLowerCase(Locale.ROOT).replace('_', '-'), "since", since, "until", until,
        "provenance", label(provenance)));
    try {
      HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (java.io.InputStream body = r.body()) {
        if (r.statusCode() != 200) {
          throw error(uri, r.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        Files.copy(body, out, StandardCopyOption.REPLACE_EXISTING);
      }
      return Long.parseLong(r.headers().firstValue("X-Dyad-Events").orElse("-1"));
    } catch (IOException e) {
      throw unreachable(uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DyadInputException(uri + ": interrupted", e);
    }
  }

  private static String label(org.dyad.store.exchange.Provenance provenance) {
    return provenance == null ? null : provenance.label();
  }

  @Override
  public void close() {
    // Nothing held: each question is one request.
  }

  private String get(String path, Map<String, Object> params) throws DyadInputException {
    URI uri = uri(path, params);
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw error(uri, r.statusCode(), r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw unreachable(uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DyadInputException(uri + ": interrupted", e);
    }
  }

  private <T> T read(String body, TypeReference<T> type) throws DyadInputException {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      throw new DyadInputException(base + ": the server's answer is not what this dyad reads: " + e.getMessage(), e);
    }
  }

  private DyadInputException error(URI uri, int status, String body) {
    String why;
    try {
      why = json.readTree(body).path("error").asText(body);
    } catch (IOException e) {
      why = body;
    }
    return new DyadInputException(uri + ": HTTP " + status + ": " + why);
  }

  private DyadInputException unreachable(URI uri, IOException e) {
    return e instanceof DyadInputException d ? d : new DyadInputException(uri + ": cannot ask the server: " + e, e);
  }

  private URI uri(String path, Map<String, Object> params) {
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
        .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
    return base.resolve(path.substring(1) + query);
  }

  /** Query parameters from name, value pairs; null values are left out. */
  private static Map<String, Object> params(Object... pairs) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        params.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return params;
  }

  private static LocalDate date(JsonNode node) {
    return node.isTextual() ? LocalDate.parse(node.asText()) : null;
  }
}
