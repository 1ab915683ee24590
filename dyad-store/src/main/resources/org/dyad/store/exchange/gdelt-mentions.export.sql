-- GDELT 2.0 mentions table: 16 tab-separated columns in the order of the GDELT 2.0 Event Codebook
-- (V2.0, 2015), no header; one row per report of each exported event that Dyad coded (its coded
-- reports and the near-duplicate copies that count as reports), linked by GlobalEventID. An
-- event imported from GDELT gives back the mentions imported with it (`dyad import --format
-- gdelt-mentions`), each row as its file had it, in that file's order.
SELECT * EXCLUDE (sort_day, sort_hash, sort_ordinal) FROM (
SELECT
  gdelt_id(e.provenance, e.external_id, e.article_hash, e.event_no, e.event_key) AS GlobalEventID,
  strftime(coalesce(e.ingested_at, CAST(e.published AS TIMESTAMP)), '%Y%m%d%H%M%S') AS EventTimeDate,
  strftime(coalesce(a.ingested_at, CAST(r.published AS TIMESTAMP)), '%Y%m%d%H%M%S') AS MentionTimeDate,
  -- 1 = WEB: a document identified by its URL (or file name)
  '1' AS MentionType,
  gx(a.source) AS MentionSourceName,
  gx(r.doc_id) AS MentionIdentifier,
  -- the report's sentence (1 = first) and its actors' and trigger's offsets in the document; -1 for a copy, which is not coded
  CAST(coalesce(er.sentence_index + 1, -1) AS VARCHAR) AS SentenceID,
  CAST(coalesce(er.source_start, -1) AS VARCHAR) AS Actor1CharOffset,
  CAST(coalesce(er.target_start, -1) AS VARCHAR) AS Actor2CharOffset,
  CAST(coalesce(er.trigger_start, -1) AS VARCHAR) AS ActionCharOffset,
  '1' AS InRawText,
  -- 100 for a report that asserts the act, 50 for a hedged one ("reportedly")
  CASE WHEN coalesce(er.hedged, e.hedged) THEN '50' ELSE '100' END AS Confidence,
  CAST(coalesce(length(a.text), 0) AS VARCHAR) AS MentionDocLen,
  '0' AS MentionDocTone,
  '' AS MentionDocTranslationInfo,
  '' AS Extras,
  r.published AS sort_day, r.article_hash AS sort_hash, 0 AS sort_ordinal
FROM export_events e
  JOIN reports r ON r.event_key = e.event_key
  LEFT JOIN articles a ON a.hash = r.article_hash
  LEFT JOIN events er ON er.article_hash = r.article_hash AND er.event_key = r.event_key AND NOT r.near_duplicate
WHERE e.provenance = 'dyad' AND e.cameo <> ''
UNION ALL
SELECT
  gdelt_mentions_kept(m.imported, 'GlobalEventID'), gdelt_mentions_kept(m.imported, 'EventTimeDate'),
  gdelt_mentions_kept(m.imported, 'MentionTimeDate'), gdelt_mentions_kept(m.imported, 'MentionType'),
  gdelt_mentions_kept(m.imported, 'MentionSourceName'), gdelt_mentions_kept(m.imported, 'MentionIdentifier'),
  gdelt_mentions_kept(m.imported, 'SentenceID'), gdelt_mentions_kept(m.imported, 'Actor1CharOffset'),
  gdelt_mentions_kept(m.imported, 'Actor2CharOffset'), gdelt_mentions_kept(m.imported, 'ActionCharOffset'),
  gdelt_mentions_kept(m.imported, 'InRawText'), gdelt_mentions_kept(m.imported, 'Confidence'),
  gdelt_mentions_kept(m.imported, 'MentionDocLen'), gdelt_mentions_kept(m.imported, 'MentionDocTone'),
  gdelt_mentions_kept(m.imported, 'MentionDocTranslationInfo'), gdelt_mentions_kept(m.imported, 'Extras'),
  NULL, NULL, m.ordinal
FROM export_events e JOIN gdelt_mentions m ON m.global_event_id = e.external_id
WHERE e.provenance = 'gdelt')
ORDER BY TRY_CAST(GlobalEventID AS BIGINT), sort_day, sort_hash, sort_ordinal
