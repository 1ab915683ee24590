-- GDELT 2.0 mentions table: 16 tab-separated columns in the order of the GDELT 2.0 Event Codebook
-- (V2.0, 2015), no header; one row per report of each exported event that Dyad coded (its coded
-- reports and the near-duplicate copies that count as reports), linked by GlobalEventID. An
-- imported event has no reports in Dyad: its mentions are in the file it came with.
SELECT
  gdelt_id(e.provenance, e.external_id, e.article_hash, e.event_no, e.event_key) AS GlobalEventID,
  strftime(coalesce(e.ingested_at, CAST(e.published AS TIMESTAMP)), '%Y%m%d%H%M%S') AS EventTimeDate,
  strftime(coalesce(a.ingested_at, CAST(r.published AS TIMESTAMP)), '%Y%m%d%H%M%S') AS MentionTimeDate,
  -- 1 = WEB: a document identified by its URL (or file name)
  1 AS MentionType,
  gx(a.source) AS MentionSourceName,
  gx(r.doc_id) AS MentionIdentifier,
  -- the report's sentence (1 = first) and its actors' and trigger's offsets in the document; -1 for a copy, which is not coded
  coalesce(er.sentence_index + 1, -1) AS SentenceID,
  coalesce(er.source_start, -1) AS Actor1CharOffset,
  coalesce(er.target_start, -1) AS Actor2CharOffset,
  coalesce(er.trigger_start, -1) AS ActionCharOffset,
  1 AS InRawText,
  -- 100 for a report that asserts the act, 50 for a hedged one ("reportedly")
  CASE WHEN coalesce(er.hedged, e.hedged) THEN 50 ELSE 100 END AS Confidence,
  coalesce(length(a.text), 0) AS MentionDocLen,
  0 AS MentionDocTone,
  '' AS MentionDocTranslationInfo,
  '' AS Extras
FROM export_events e
  JOIN reports r ON r.event_key = e.event_key
  LEFT JOIN articles a ON a.hash = r.article_hash
  LEFT JOIN events er ON er.article_hash = r.article_hash AND er.event_key = r.event_key AND NOT r.near_duplicate
WHERE e.provenance = 'dyad' AND e.cameo <> ''
ORDER BY TRY_CAST(GlobalEventID AS BIGINT), r.published, r.article_hash
