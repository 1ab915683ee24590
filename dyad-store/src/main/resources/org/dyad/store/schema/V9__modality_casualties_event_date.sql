-- v9: every coded event is stored, whatever its modality ('asserted', 'negated', 'hypothetical',
-- 'conditional', 'intended', 'future', 'historical', 'denied'); what counts and aggregates (the
-- views below, dyads, timelines, alerts, exports) holds asserted events only, and only asserted
-- reports fuse. The toll a report states (fatalities, injured, arrested: null when it states none,
-- and the words), the date of the act (event_date, which fusion, timelines and alerts use; the
-- article's date stays in published) with its precision ('day', 'week', 'month', 'year'), and the
-- ACLED-style event and sub-event types ('' for none). Reports stored before v9 were asserted,
-- dated by their article to the day, with no toll and no type.
ALTER TABLE events ADD COLUMN modality VARCHAR;
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN injured INTEGER;
ALTER TABLE events ADD COLUMN arrested INTEGER;
ALTER TABLE events ADD COLUMN casualty_words VARCHAR;
ALTER TABLE events ADD COLUMN event_date DATE;
ALTER TABLE events ADD COLUMN time_precision VARCHAR;
ALTER TABLE events ADD COLUMN event_type VARCHAR;
ALTER TABLE events ADD COLUMN sub_event_type VARCHAR;
UPDATE events SET modality = 'asserted', casualty_words = '', event_date = published, time_precision = 'day',
  event_type = '', sub_event_type = '';
-- The fusion lookup compares the dates of the acts (equal to published for the reports above).
ALTER TABLE fusion_lookup RENAME COLUMN published TO event_date;
ALTER TABLE fusion_recent RENAME COLUMN published TO event_date;
CREATE OR REPLACE VIEW reports AS
  SELECT e.event_key, e.article_hash, e.doc_id, a.source, e.published, false AS near_duplicate
  FROM events e LEFT JOIN articles a ON a.hash = e.article_hash
  WHERE e.modality = 'asserted'
  UNION ALL
  SELECT e.event_key, d.hash, d.id, d.source, d.published, true
  FROM events e JOIN articles d ON d.duplicate_of = e.article_hash
  WHERE e.modality = 'asserted';
-- One row per asserted event (its first report) with its report and source counts; its
-- fatalities, injured and arrested are the largest figures any of its reports states (a retold
-- toll is the same dead, so figures are never summed).
CREATE OR REPLACE VIEW fused_events AS
  SELECT e.* REPLACE (t.fatalities AS fatalities, t.injured AS injured, t.arrested AS arrested), r.reports, r.sources
  FROM events e
  JOIN (SELECT event_key, count(*) AS reports, count(DISTINCT source) AS sources FROM reports GROUP BY event_key) r
    ON r.event_key = e.event_key
  JOIN (SELECT event_key, max(fatalities) AS fatalities, max(injured) AS injured, max(arrested) AS arrested
        FROM events WHERE modality = 'asserted' GROUP BY event_key) t
    ON t.event_key = e.event_key
  WHERE e.primary_report AND e.modality = 'asserted';
CREATE OR REPLACE VIEW actors AS
  SELECT code, any_value(country) AS country, any_value(agent) AS agent, mode(name) AS name,
         count(*) FILTER (WHERE side = 'source') AS as_source, count(*) FILTER (WHERE side = 'target') AS as_target
  FROM (SELECT source_code AS code, source_country AS country, source_agent AS agent, source_name AS name, 'source' AS side
        FROM events WHERE primary_report AND modality = 'asserted'
        UNION ALL
        SELECT target_code, target_country, target_agent, target_name, 'target' FROM events WHERE primary_report AND modality = 'asserted')
  GROUP BY code;
CREATE OR REPLACE VIEW sentences AS
  SELECT article_hash, sentence_index, any_value(sentence_text) AS text, count(*) AS events
  FROM events WHERE modality = 'asserted' GROUP BY article_hash, sentence_index;
