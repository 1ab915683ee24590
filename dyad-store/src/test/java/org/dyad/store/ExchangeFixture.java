package org.dyad.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Casualties;
import org.dyad.model.ConflictType;
import org.dyad.model.Event;
import org.dyad.model.EventTime;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.dyad.model.Span;
import org.dyad.ontology.CameoOntology;

/**
 * A store of coded events that exercises every exchange column: a strike on Kharkiv reported by
 * two outlets and reprinted by a third (city precision, a toll, an ACLED type), a U.S. aid
 * decision placed on the United States, a threat to NATO (an organization code, no place), a
 * hedged protest in Kyiv's province, and a negated act that no export may carry.
 */
public final class ExchangeFixture {
  static final CameoOntology CAMEO = CameoOntology.load();
  static final LocalDate DAY = LocalDate.of(2025, 3, 10);
  static final Location KHARKIV =
      new Location("in Kharkiv", "Kharkiv", 706483, "PPLA", "UKR", "07", 49.98081, 36.25272, Location.Precision.CITY, "place-in-clause");
  static final Location USA = new Location("", "United States", -840, "PCLI", "USA", "", 38.0, -97.0, Location.Precision.COUNTRY,
      "actor-country");
  static final Location KYIV_OBLAST =
      new Location("Kyiv region", "Kyiv Oblast", 703446, "ADM1", "UKR", "13", 50.33, 30.5, Location.Precision.ADMIN1, "place-in-clause");

  private ExchangeFixture() {}

  /** A new store at {@code file} holding the fixture's articles. */
  /** Brings a store's schema up to {@code version} only, as an earlier release left it (a test of a later migration). */
  public static void migrateTo(java.sql.Connection connection, int version) throws java.sql.SQLException {
    Migrations.apply(connection, version);
  }

  public static DuckDbStore store(Path file) throws Exception {
    DuckDbStore store = DuckDbStore.open(file);
    String text = "Russian forces struck Kharkiv with drones, killing four. Biden approved aid for Ukraine.";
    store.save(new Article("https://news.example/a", "Example News", "Strike on Kharkiv", DAY, text), "a1b2c3d4e5f60000", List.of(
        event("https://news.example/a", Actor.of("RUS", "MIL", "Russia"), "Russian forces", Actor.of("UKR", "", "Ukraine"), "Kharkiv",
            "195", 0, text.substring(0, text.indexOf(" Biden")), KHARKIV, false, Modality.ASSERTED, 4, new ConflictType("Explosions/Remote violence",
                "Air/drone strike")),
        event("https://news.example/a", Actor.of("USA", "GOV", "Joe Biden"), "Biden", Actor.of("UKR", "", "Ukraine"), "Ukraine", "072",
            1, text.substring(text.indexOf("Biden")), USA, false, Modality.ASSERTED, null, ConflictType.NONE),
        event("https://news.example/a", Actor.of("RUS", "GOV", "Russia"), "Moscow", Actor.of("UKR", "", "Ukraine"), "Kyiv", "190", 1,
            text.substring(text.indexOf("Biden")), null, false, Modality.NEGATED, null, ConflictType.NONE)));
    String other = "Drones hit Kharkiv overnight; six people were killed, officials said. Putin warned NATO.";
    store.save(new Article("https://wire.example/b", "Wire", "Kharkiv hit", DAY.plusDays(1), other), "0f1e2d3c4b5a6978", List.of(
        event("https://wire.example/b", Actor.of("RUS", "MIL", "Russia"), "Drones", Actor.of("UKR", "", "Ukraine"), "Kharkiv", "195", 0,
            other.substring(0, other.indexOf(" Putin")), KHARKIV, false, Modality.ASSERTED, 6, new ConflictType("Explosions/Remote violence",
                "Air/drone strike")),
        event("https://wire.example/b", Actor.of("RUS", "GOV", "Vladimir Putin"), "Putin", new Actor("IGOWSTNAT", "IGOWSTNAT", "", "NATO"),
            "NATO", "130", 1, other.substring(other.indexOf("Putin")), null, false, Modality.ASSERTED, null, ConflictType.NONE),
        event("https://wire.example/b", Actor.of("UKR", "CVL", "Ukrainian civilians"), "Residents", Actor.of("UKR", "GOV", "Ukraine"),
            "the government", "141", 1, other.substring(other.indexOf("Putin")), KYIV_OBLAST, true, Modality.ASSERTED, null,
            new ConflictType("Protests", "Peaceful protest"))));
    store.saveDuplicate(new Article("https://copy.example/c", "Copy Daily", "Kharkiv hit", DAY.plusDays(1), other + " More."),
        "99aa88bb77cc66dd", "0f1e2d3c4b5a6978");
    return store;
  }

  /**
   * A store of events placed at features, to check that the formats write GeoNames feature codes:
   * the West Bank as Dyad now codes it (TERR), the Gaza Strip and the Korean DMZ as a store written
   * before 2026-12-07 holds them (Dyad's own DISP and LINE), and the South China Sea (SEA, no country).
   */
  public static DuckDbStore featureStore(Path file) throws Exception {
    DuckDbStore store = DuckDbStore.open(file);
    String text = "Settlers attacked a village in the West Bank. Israeli jets struck Gaza. Shots were fired across the DMZ. A ship was rammed.";
    Actor isr = Actor.of("ISR", "CVL", "Israel");
    Actor pse = Actor.of("PSE", "CVL", "Palestine");
    store.save(new Article("https://news.example/f", "Example News", "Features", DAY, text), "f00dfeed00000000", List.of(
        event("https://news.example/f", isr, "Settlers", pse, "a village", "190", 0, text, feature("West Bank", -2_000_044, "TERR", "PSE"),
            false, Modality.ASSERTED, null, ConflictType.NONE),
        event("https://news.example/f", Actor.of("ISR", "MIL", "Israel"), "Israeli jets", pse, "Gaza", "195", 1, text,
            feature("Gaza Strip", -2_000_043, "DISP", "PSE"), false, Modality.ASSERTED, null, ConflictType.NONE),
        event("https://news.example/f", Actor.of("PRK", "MIL", "North Korea"), "Shots", Actor.of("KOR", "MIL", "South Korea"), "the DMZ", "193", 2,
            text, feature("Korean Demilitarized Zone", -2_000_066, "LINE", ""), false, Modality.ASSERTED, null, ConflictType.NONE),
        event("https://news.example/f", Actor.of("CHN", "", "China"), "A ship", Actor.of("PHL", "", "Philippines"), "ship", "181", 3, text,
            feature("South China Sea", -2_000_001, "SEA", ""), false, Modality.ASSERTED, null, ConflictType.NONE)));
    return store;
  }

  private static Location feature(String name, long id, String code, String country) {
    return new Location("in the " + name, name, id, code, country, "", 31.0, 35.0, Location.Precision.FEATURE, "sentence");
  }

  private static Event event(String doc, Actor source, String sourceText, Actor target, String targetText, String code, int sentence,
      String sentenceText, Location place, boolean hedged, Modality modality, Integer killed, ConflictType type) {
    ActorMention s = new ActorMention(source, sourceText, new Span(0, sourceText.length()));
    ActorMention t = new ActorMention(target, targetText, new Span(20, 20 + targetText.length()));
    Evidence ev = new Evidence("verb source.subject target.object", "dict/verbs.tsv:1", "struck", new Span(15, 21));
    return new Event(doc, null, s, t, CAMEO.get(code), sentence, sentenceText, new Span(0, sentenceText.length()), ev, "", hedged,
        List.of(), place, modality, killed == null ? Casualties.NONE : new Casualties(killed, null, null, "killing " + killed),
        EventTime.ofArticle(null), type);
  }
}
