package org.dyad.serve;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.DyadInputException;
import org.dyad.model.Modality;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.Alert;
import org.dyad.store.ActorLevel;
import org.dyad.store.AlertQuery;
import org.dyad.store.DyadQuery;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.SharedStore;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoredEvent;
import org.dyad.store.StoredMention;

/**
 * The read endpoints: events, one event with its reports, dyads, a dyad's timeline, alerts,
 * articles and counts. Each checks its parameters ({@link Params}) and answers JSON.
 */
final class ReadApi {
  static final Set<String> EVENT_PARAMS =
      Set.of("since", "until", "source", "target", "actor", "code", "quad", "plover", "q", "located", "sort", "page", "size", "modality",
          "provenance");
  /** The values of {@code provenance}: coded by Dyad, or imported from one format. */
  static final List<String> PROVENANCES = Arrays.stream(org.dyad.store.exchange.Provenance.values())
      .map(org.dyad.store.exchange.Provenance::label).toList();
  /** The values of {@code modality}: asserted (the default), all, or one modality's label. */
  static final List<String> MODALITIES = java.util.stream.Stream.concat(Stream.of(EventQuery.ASSERTED, EventQuery.ALL),
      Arrays.stream(Modality.values()).map(Modality::label).filter(m -> !m.equals(EventQuery.ASSERTED))).toList();
  static final Set<String> DYAD_PARAMS = Set.of("since", "until", "top", "level", "sector", "provenance");
  static final Set<String> ACTOR_PARAMS = Set.of("q", "limit");
  static final Set<String> TIMELINE_PARAMS = Set.of("source", "target", "by", "both", "provenance");
  static final Set<String> ALERT_PARAMS = Set.of("as_of", "window", "threshold", "level", "provenance");
  static final Set<String> ARTICLE_PARAMS = Set.of("q", "page", "size");
  static final Set<String> EXPORT_PARAMS = Set.of("format", "since", "until", "provenance");
  /** The header that gives an export's number of events. */
  static final String EVENTS_HEADER = "X-Dyad-Events";

  private final SharedStore store;
  private final List<Code> codes;

  ReadApi(SharedStore store, CameoOntology cameo) {
    this.store = store;
    this.codes = cameo.all().stream().map(c -> new Code(c.code(), c.name(), c.goldstein(), c.quadClass().number(), c.ploverType().name(),
        c.ploverMode(), c.ploverContext())).toList();
  }

  void events(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, EVENT_PARAMS);
    EventQuery query = new EventQuery(p.date("since"), p.date("until"), p.code("source"), p.code("target"), p.code("actor"),
        p.code("code"), p.integer("quad", 1, 4), p.code("plover"), p.text("q"), p.flag("located"),
        p.choice("sort", EventQuery.Sort.class, EventQuery.Sort.NEWEST), p.integer("page", 1, 1_000_000, 1),
        p.integer("size", 1, 500, 50), p.oneOf("modality", MODALITIES, EventQuery.ASSERTED),
        p.oneOf("provenance", PROVENANCES, null));
    ctx.json(store.use(s -> s.events(query)));
  }

  void event(Context ctx) throws DyadInputException {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    StoredEvent event = store.use(s -> s.event(id)).orElseThrow(() -> new NotFoundResponse("no event with id " + id));
    ctx.json(new EventDetail(event, store.use(s -> s.reports(event.eventKey())), store.use(s -> s.copies(event.eventKey())),
        store.use(s -> s.mentions(event.eventKey()))));
  }

  /**
   * One report with every coded report of its event, the near-duplicate copies of their articles,
   * and, for an event imported from GDELT, the mentions imported with it.
   */
  record EventDetail(StoredEvent event, List<StoredEvent> reports, List<StoredArticle> copies, List<StoredMention> mentions) {}

  void dyads(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, DYAD_PARAMS);
    LocalDate since = p.date("since");
    LocalDate until = p.date("until");
    if (since != null && until != null && since.isAfter(until)) {
      throw new BadRequest("since", "is after until; no event could match");
    }
    String sector = p.code("sector");
    if (sector != null && !sector.matches("[A-Z]{3}")) {
      throw new BadRequest("sector", "must be a sector code of three letters such as MIL, GOV or COP, not '" + sector + "'");
    }
    DyadQuery query = new DyadQuery(since, until, p.integer("top", 1, 1000, 20), p.choice("level", ActorLevel.class, ActorLevel.SECTOR),
        sector, provenance(p));
    ctx.json(store.use(s -> s.dyads(query)));
  }

  void actors(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, ACTOR_PARAMS);
    String q = p.text("q");
    if (q == null) {
      throw new BadRequest("q", "is required: a name such as Hamas, Putin or European Union, or an actor code");
    }
    if (q.length() > 100) {
      throw new BadRequest("q", "must be at most 100 characters");
    }
    int limit = p.integer("limit", 1, 200, 20);
    ctx.json(store.use(s -> s.actors(q, limit)));
  }

  void timeline(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, TIMELINE_PARAMS);
    String source = required(p, "source");
    String target = required(p, "target");
    EventStore.Period by = p.choice("by", EventStore.Period.class, EventStore.Period.WEEK);
    boolean both = p.flag("both");
    org.dyad.store.exchange.Provenance provenance = provenance(p);
    ctx.json(store.use(s -> s.timeline(source, target, by, both, provenance)));
  }

  void alerts(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, ALERT_PARAMS);
    LocalDate asOf = p.date("as_of");
    double threshold = p.number("threshold", 0, 100, AlertQuery.DEFAULT_THRESHOLD);
    if (threshold <= 0) {
      throw new BadRequest("threshold", "must be a positive number, not " + p.text("threshold"));
    }
    AlertQuery query = new AlertQuery(asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf,
        p.integer("window", 1, AlertQuery.MAX_WINDOW, AlertQuery.DEFAULT_WINDOW), threshold,
        p.choice("level", ActorLevel.class, ActorLevel.COUNTRY), provenance(p));
    ctx.json(store.use(s -> {
      List<AlertWithDrivers> alerts = new ArrayList<>();
      for (Alert a : s.alerts(query)) {
        alerts.add(new AlertWithDrivers(a.source(), a.target(), a.since(), a.until(), a.recentMean(), a.baselineMean(), a.baselineSd(),
            a.z(), a.recentEvents(), s.drivers(a, 5, query.provenance())));
      }
      return alerts;
    }));
  }

  /** The {@code provenance} parameter: one of {@link #PROVENANCES}, or {@code null} (all) when absent. */
  private static org.dyad.store.exchange.Provenance provenance(Params p) {
    String label = p.oneOf("provenance", PROVENANCES, null);
    return label == null ? null : org.dyad.store.exchange.Provenance.ofLabel(label);
  }

  /** An alert as the API gives it: its numbers and the events that drove it (most hostile first). */
  record AlertWithDrivers(String source, String target, LocalDate since, LocalDate until, double recentMean, double baselineMean, double baselineSd,
      double z, long recentEvents, List<StoredEvent> drivers) {}

  /**
   * The events as {@code dyad export} writes them, in any of its formats: written by the store to
   * a temporary file, which is sent and deleted when sent. So the CLI's export works while this
   * server holds the store.
   */
  void export(Context ctx) throws DyadInputException, java.io.IOException {
    Params p = Params.of(ctx, EXPORT_PARAMS);
    ExportFormat format = p.choice("format", ExportFormat.class, null);
    if (format == null) {
      throw new BadRequest("format", "is required");
    }
    LocalDate since = p.date("since");
    LocalDate until = p.date("until");
    if (since != null && until != null && since.isAfter(until)) {
      throw new BadRequest("since", "is after until; no event could match");
    }
    org.dyad.store.exchange.Provenance provenance = provenance(p);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("dyad-export", "." + Params.wireName(format));
    try {
      java.nio.file.Files.delete(file); // DuckDB's COPY writes the file itself
      long events = store.use(s -> s.export(format, file, since, until, provenance));
      ctx.header(EVENTS_HEADER, Long.toString(events)).contentType("application/octet-stream")
          .header("Content-Disposition", "attachment; filename=\"events." + Params.wireName(format) + "\"")
          .result(java.nio.file.Files.newInputStream(file, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE));
    } catch (DyadInputException | RuntimeException e) {
      java.nio.file.Files.deleteIfExists(file);
      throw e;
    }
  }

  void articles(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, ARTICLE_PARAMS);
    String q = p.text("q");
    int page = p.integer("page", 1, 1_000_000, 1);
    int size = p.integer("size", 1, 500, 50);
    ctx.json(store.use(s -> s.articles(q, page, size)));
  }

  void article(Context ctx) throws DyadInputException {
    Params.of(ctx, Set.of());
    String hash = ctx.pathParam("hash");
    StoredArticle article = store.use(s -> s.article(hash)).orElseThrow(() -> new NotFoundResponse("no article with hash " + hash));
    ctx.json(new ArticleDetail(article, store.use(s -> s.eventsOf(hash))));
  }

  /** One article with its text and the events coded from it. */
  record ArticleDetail(StoredArticle article, List<StoredEvent> events) {}

  void stats(Context ctx) throws DyadInputException {
    Params.of(ctx, Set.of());
    EventStore.Counts counts = store.use(EventStore::counts);
    EventStore.Fusion fusion = store.use(EventStore::fusion);
    EventStore.DateRange dates = store.use(EventStore::eventDates);
    ctx.json(new Stats(counts.articles(), fusion.events(), counts.events(), fusion.nearDuplicates(), dates.undated(), dates.first(),
        dates.last()));
  }

  /**
   * What {@code /api/stats} answers: events are fused events, reports the coded reports of them;
   * undated events (of undated articles) count in dyads but in no timeline, alert or date filter.
   */
  record Stats(long articles, long events, long reports, long nearDuplicates, long undatedEvents, LocalDate firstEventDate,
      LocalDate lastEventDate) {}

  void codes(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.json(codes);
  }

  /** A CAMEO code as {@code /api/codes} lists it: name, Goldstein score, quad class and PLOVER mapping. */
  record Code(String code, String name, double goldstein, int quadClass, String ploverType, String ploverMode, String ploverContext) {}

  private static String required(Params p, String name) {
    String value = p.code(name);
    if (value == null) {
      throw new BadRequest(name, "is required");
    }
    return value;
  }
}
