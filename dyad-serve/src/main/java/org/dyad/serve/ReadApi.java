package org.dyad.serve;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.DyadInputException;
import org.dyad.model.Modality;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.Alert;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.SharedStore;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoredEvent;

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
  static final Set<String> DYAD_PARAMS = Set.of("since", "top");
  static final Set<String> TIMELINE_PARAMS = Set.of("source", "target", "by", "both");
  static final Set<String> ALERT_PARAMS = Set.of("window", "threshold");
  static final Set<String> ARTICLE_PARAMS = Set.of("q", "page", "size");

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
    ctx.json(new EventDetail(event, store.use(s -> s.reports(event.eventKey())), store.use(s -> s.copies(event.eventKey()))));
  }

  /** One report with every coded report of its event and the near-duplicate copies of their articles. */
  record EventDetail(StoredEvent event, List<StoredEvent> reports, List<StoredArticle> copies) {}

  void dyads(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, DYAD_PARAMS);
    var since = p.date("since");
    int top = p.integer("top", 1, 1000, 20);
    ctx.json(store.use(s -> s.dyads(since, top)));
  }

  void timeline(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, TIMELINE_PARAMS);
    String source = required(p, "source");
    String target = required(p, "target");
    EventStore.Period by = p.choice("by", EventStore.Period.class, EventStore.Period.WEEK);
    boolean both = p.flag("both");
    ctx.json(store.use(s -> s.timeline(source, target, by, both)));
  }

  void alerts(Context ctx) throws DyadInputException {
    Params p = Params.of(ctx, ALERT_PARAMS);
    int window = p.integer("window", 1, 52, 4);
    double threshold = p.number("threshold", 0, 100, 2.0);
    ctx.json(store.use(s -> {
      List<AlertWithDrivers> alerts = new ArrayList<>();
      for (Alert a : s.alerts(window, threshold)) {
        alerts.add(new AlertWithDrivers(a.source(), a.target(), a.since(), a.recentMean(), a.baselineMean(), a.baselineSd(), a.z(),
            a.recentEvents(), s.drivers(a, 5)));
      }
      return alerts;
    }));
  }

  /** An alert as the API gives it: its numbers and the events that drove it (most hostile first). */
  record AlertWithDrivers(String source, String target, LocalDate since, double recentMean, double baselineMean, double baselineSd,
      double z, long recentEvents, List<StoredEvent> drivers) {}

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
    ctx.json(new Stats(counts.articles(), fusion.events(), counts.events(), fusion.nearDuplicates()));
  }

  /** What {@code /api/stats} answers: events are fused events, reports the coded reports of them. */
  record Stats(long articles, long events, long reports, long nearDuplicates) {}

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
