-- v14: the mentions of imported GDELT events (GDELT 2.0 mentions table, `dyad import --format
-- gdelt-mentions`), one row per mention as the file gave it: its GlobalEventID, the row itself
-- (imported: its 16 columns joined by tabs, so that exporting the mentions again gives it back),
-- the order rows were imported in (ordinal, so an event's mentions are exported in their file's
-- order), and the three columns the reports read: when the mentioning document was seen, its
-- outlet and its URL. A mention is linked to its event by GlobalEventID (events.external_id of a
-- GDELT event) whenever both are stored, in either order of import.
CREATE TABLE gdelt_mentions (
  global_event_id VARCHAR NOT NULL, ordinal BIGINT NOT NULL, imported VARCHAR NOT NULL,
  mentioned DATE, source VARCHAR NOT NULL, url VARCHAR NOT NULL,
  PRIMARY KEY (global_event_id, imported));
-- The reports of an imported GDELT event are its mentions when any are stored (the event's own
-- row, SOURCEURL, is one of them, its first), else the event row alone; Dyad's reports are as in v9.
CREATE OR REPLACE VIEW reports AS
  SELECT e.event_key, e.article_hash, e.doc_id, a.source, e.published, false AS near_duplicate
  FROM events e LEFT JOIN articles a ON a.hash = e.article_hash
  WHERE e.modality = 'asserted'
    AND (e.provenance <> 'gdelt' OR e.external_id NOT IN (SELECT global_event_id FROM gdelt_mentions))
  UNION ALL
  SELECT e.event_key, d.hash, d.id, d.source, d.published, true
  FROM events e JOIN articles d ON d.duplicate_of = e.article_hash
  WHERE e.modality = 'asserted'
  UNION ALL
  SELECT e.event_key, 'gdelt-mention:' || m.ordinal, m.url, m.source, m.mentioned, false
  FROM events e JOIN gdelt_mentions m ON m.global_event_id = e.external_id
  WHERE e.provenance = 'gdelt' AND e.modality = 'asserted';
