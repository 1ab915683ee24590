package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Location;
import org.dyad.model.Span;

/**
 * One stored report of an event, with what is needed to show and explain it: the actors as
 * written and resolved, the code, the sentence and where the actors and the trigger stand in it,
 * the rule and dictionary entry, attribution, hedging, issues and place.
 *
 * @param id this report's id ({@code articleHash-eventNo})
 * @param eventKey the id of the fused event it reports (the first report's id)
 * @param reports how many reports the fused event has (near-duplicate copies included)
 * @param sources how many distinct outlets those reports come from
 * @param sentenceStart where the sentence starts in the article, so that {@code span − sentenceStart}
 *     is a position in {@code sentenceText}; −1 when unknown
 * @param sourceSpan article offsets of the source as written, or {@code null} in stores from before
 *     schema v2 (likewise {@code targetSpan} and {@code triggerSpan})
 * @param date the article's publication date
 * @param modality how the report presents the act: {@code asserted}, {@code negated}, … (see {@code Modality})
 * @param eventDate the date of the act (the article's date when the sentence does not date it)
 * @param timePrecision how precisely the act is dated: {@code day}, {@code week}, {@code month}, {@code year}
 * @param fatalities people this report says were killed, or {@code null} when it states no figure
 *     (likewise {@code injured} and {@code arrested}); {@code casualtyWords} are the words they came from
 * @param eventType the ACLED-style event type, or empty (likewise {@code subEventType})
 * @param toll the fused event's figures: the largest among its reports, each with the report that gave it
 * @param provenance {@code dyad} when Dyad coded it, else the format it was imported from ({@code
 *     gdelt}, {@code acled}, {@code polecat}); an imported event has no CAMEO code when its format has
 *     none (ACLED, POLECAT) and is known by its own type ({@code eventType} or {@code ploverType})
 */
public record StoredEvent(
    String id,
    String eventKey,
    long reports,
    long sources,
    String articleHash,
    String docId,
    String title,
    String outlet,
    LocalDate date,
    ActorRef source,
    ActorRef target,
    String code,
    String root,
    double goldstein,
    int quadClass,
    String ploverType,
    String ploverMode,
    int sentenceIndex,
    String sentenceText,
    int sentenceStart,
    Span sourceSpan,
    Span targetSpan,
    Span triggerSpan,
    String rule,
    String entry,
    String trigger,
    String attribution,
    boolean hedged,
    List<String> issues,
    Location location,
    String modality,
    LocalDate eventDate,
    String timePrecision,
    Integer fatalities,
    Integer injured,
    Integer arrested,
    String casualtyWords,
    String eventType,
    String subEventType,
    Toll toll,
    String provenance) {
  public StoredEvent {
    issues = List.copyOf(issues);
  }

  /** The same report, with its event's report and source counts. */
  public StoredEvent withReports(long count, long outlets) {
    return new StoredEvent(id, eventKey, count, outlets, articleHash, docId, title, outlet, date, source, target, code, root, goldstein,
        quadClass, ploverType, ploverMode, sentenceIndex, sentenceText, sentenceStart, sourceSpan, targetSpan, triggerSpan, rule, entry,
        trigger, attribution, hedged, issues, location, modality, eventDate, timePrecision, fatalities, injured, arrested, casualtyWords,
        eventType, subEventType, toll, provenance);
  }

  /** The same report, with its fused event's figures. */
  public StoredEvent withToll(Toll eventToll) {
    return new StoredEvent(id, eventKey, reports, sources, articleHash, docId, title, outlet, date, source, target, code, root, goldstein,
        quadClass, ploverType, ploverMode, sentenceIndex, sentenceText, sentenceStart, sourceSpan, targetSpan, triggerSpan, rule, entry,
        trigger, attribution, hedged, issues, location, modality, eventDate, timePrecision, fatalities, injured, arrested, casualtyWords,
        eventType, subEventType, eventToll, provenance);
  }

  /**
   * The toll of a fused event: for each figure, the largest any of its reports states (reports of
   * one event retell one toll, so figures are never summed) and the id of the report that stated
   * it (the earliest such report on a tie); {@code null} when no report states one.
   */
  public record Toll(Integer fatalities, String fatalitiesReport, Integer injured, String injuredReport, Integer arrested,
      String arrestedReport) {
    public static final Toll NONE = new Toll(null, null, null, null, null, null);
  }

  /**
   * An actor of a stored event: its code, country, where the country came from ({@code written},
   * {@code place-in-phrase}, … see {@code CountrySource}), agent, dictionary name and the words written.
   */
  public record ActorRef(String code, String country, String countryFrom, String agent, String name, String text) {}
}
