package org.dyad.cli.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.model.Casualties;
import org.dyad.model.ConflictType;
import org.dyad.model.Location;
import org.dyad.model.Event;
import org.dyad.model.Span;

/**
 * The JSON shape of an event, one per line in {@code --format jsonl}. Keys are snake_case; spans
 * are character offsets into the article.
 */
record EventJson(
    @JsonProperty("doc_id") String docId,
    String date,
    ActorJson source,
    ActorJson target,
    String cameo,
    String root,
    @JsonProperty("cameo_name") String cameoName,
    double goldstein,
    @JsonProperty("quad_class") int quadClass,
    PloverJson plover,
    SentenceJson sentence,
    SpanJson span,
    EvidenceJson evidence,
    String attribution,
    boolean hedged,
    List<String> issues,
    LocationJson location,
    String modality,
    CasualtiesJson casualties,
    @JsonProperty("event_date") String eventDate,
    @JsonProperty("time_precision") String timePrecision,
    @JsonProperty("time_words") String timeWords,
    AcledJson acled) {

  record CasualtiesJson(Integer fatalities, Integer injured, Integer arrested, String words) {
    static CasualtiesJson of(Casualties c) {
      return c.isEmpty() ? null : new CasualtiesJson(c.fatalities(), c.injured(), c.arrested(), c.words());
    }
  }

  record AcledJson(@JsonProperty("event_type") String eventType, @JsonProperty("sub_event_type") String subEventType) {
    static AcledJson of(ConflictType t) {
      return t.isEmpty() ? null : new AcledJson(t.eventType(), t.subEventType());
    }
  }

  record ActorJson(String code, String country, @JsonProperty("country_from") String countryFrom, String agent, String name,
      String text, SpanJson span) {
    static ActorJson of(ActorMention m) {
      return new ActorJson(m.actor().code(), m.actor().country(), m.countryFrom().label(), m.actor().agent(), m.actor().name(),
          m.text(), SpanJson.of(m.span()));
    }
  }

  record PloverJson(String type, String mode, String context) {}

  record LocationJson(String written, String name, @JsonProperty("geonames_id") long geonamesId, String feature,
      String country, String admin1, double lat, double lon, String precision, String method) {
    static LocationJson of(Location l) {
      return l == null ? null : new LocationJson(l.written(), l.name(), l.geonameId(), l.feature(), l.country(), l.admin1(),
          l.latitude(), l.longitude(), l.precision().name().toLowerCase(java.util.Locale.ROOT), l.method());
    }
  }

  record SentenceJson(int index, String text) {}

  record SpanJson(int start, int end) {
    static SpanJson of(Span s) {
      return new SpanJson(s.start(), s.end());
    }
  }

  record EvidenceJson(String rule, String entry, String trigger, @JsonProperty("trigger_span") SpanJson triggerSpan,
      double confidence, String typing) {}

  static EventJson of(Event e) {
    return new EventJson(
        e.docId(),
        e.date() == null ? null : e.date().toString(),
        ActorJson.of(e.source()),
        ActorJson.of(e.target()),
        e.code().code(),
        e.code().root(),
        e.code().name(),
        e.code().goldstein(),
        e.code().quadClass().number(),
        new PloverJson(e.code().ploverType().name(), e.code().ploverMode(), e.code().ploverContext()),
        new SentenceJson(e.sentenceIndex(), e.sentenceText()),
        SpanJson.of(e.span()),
        new EvidenceJson(e.evidence().rule(), e.evidence().entry(), e.evidence().trigger(), SpanJson.of(e.evidence().triggerSpan()),
            e.evidence().confidence(), e.evidence().typing()),
        e.attribution(),
        e.hedged(),
        e.issues(),
        LocationJson.of(e.location()),
        e.modality().label(),
        CasualtiesJson.of(e.casualties()),
        e.time().date() == null ? null : e.time().date().toString(),
        e.time().precision().label(),
        e.time().words(),
        AcledJson.of(e.conflictType()));
  }
}
