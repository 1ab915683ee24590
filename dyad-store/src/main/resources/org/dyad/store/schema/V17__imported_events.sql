-- v17: imported events in a narrow table of their own. An import fills about half of the 64
-- columns of a report, and the rest are the same for every imported event (no sentence, span,
-- rule, modality or fusion of its own); writing a million wide rows was two thirds of the CPU of a
-- GDELT import (README, bench-import). The reports Dyad codes stay in coded_events (the table
-- events was), imported ones go to imported_events with only what differs between them, and
-- events is now a view of both with the same columns in the same order, so every read (dyads,
-- timeline, alerts, export, the API and the dashboard, the views reports, fused_events, actors and
-- sentences) gives the rows it gave.
-- An imported event's derived columns: article_hash '<provenance>:<id>', event_key
-- '<provenance>-<id>', event_no 0, its own primary report, rule 'import <provenance>', asserted,
-- location_method 'import' where it has a place; source_text and target_text are stored only
-- where they differ from the name (NULL: the same). Writes of coded reports name coded_events.
-- The view unites the two by name, in coded_events' order: the columns an imported event has no
-- value for (evidence spans, fused_by, injured, arrested, coder_version) are NULL, and so is a
-- column a later migration adds to coded_events (such a migration names coded_events, not the view).
-- event_rows is the same with row_id, the order a page of events breaks ties in (as rowid did in
-- the table): coded reports in the order saved, then imported events in the order imported (in a
-- store that held both, an imported event no longer sits between the coded ones saved around it).
ALTER TABLE events RENAME TO coded_events;
CREATE TABLE imported_events (
  provenance VARCHAR NOT NULL, external_id VARCHAR NOT NULL, entry VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
  published DATE, event_date DATE, time_precision VARCHAR,
  source_code VARCHAR NOT NULL, source_country VARCHAR NOT NULL, source_agent VARCHAR NOT NULL, source_name VARCHAR NOT NULL,
  source_text VARCHAR,
  target_code VARCHAR NOT NULL, target_country VARCHAR NOT NULL, target_agent VARCHAR NOT NULL, target_name VARCHAR NOT NULL,
  target_text VARCHAR,
  cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad_class INTEGER NOT NULL,
  plover_type VARCHAR NOT NULL, plover_mode VARCHAR NOT NULL, sentence_text VARCHAR NOT NULL,
  place_written VARCHAR, place VARCHAR, geonames_id BIGINT, feature VARCHAR, place_country VARCHAR, admin1 VARCHAR,
  latitude DOUBLE, longitude DOUBLE, precision VARCHAR,
  source_country_from VARCHAR, target_country_from VARCHAR, fatalities INTEGER, event_type VARCHAR, sub_event_type VARCHAR,
  imported VARCHAR,
  PRIMARY KEY (provenance, external_id));
INSERT INTO imported_events
  SELECT provenance, external_id, entry, doc_id, published, event_date, time_precision,
    source_code, source_country, source_agent, source_name, CASE WHEN source_text <> source_name THEN source_text END,
    target_code, target_country, target_agent, target_name, CASE WHEN target_text <> target_name THEN target_text END,
    cameo, root, goldstein, quad_class, plover_type, plover_mode, sentence_text,
    place_written, place, geonames_id, feature, place_country, admin1, latitude, longitude, precision,
    source_country_from, target_country_from, fatalities, event_type, sub_event_type, imported
  FROM coded_events WHERE provenance <> 'dyad';
DELETE FROM coded_events WHERE provenance <> 'dyad';
CREATE VIEW event_rows AS
  SELECT *, rowid AS row_id FROM coded_events
  UNION ALL BY NAME
  SELECT (1::BIGINT << 62) + rowid AS row_id, provenance || ':' || external_id AS article_hash, 0 AS event_no, doc_id, published,
    source_code, source_country, source_agent, source_name, coalesce(source_text, source_name) AS source_text,
    target_code, target_country, target_agent, target_name, coalesce(target_text, target_name) AS target_text,
    cameo, root, goldstein, quad_class, plover_type, plover_mode,
    0 AS sentence_index, sentence_text, 0 AS span_start, 0 AS span_end, 'import ' || provenance AS rule, entry,
    '' AS trigger, '' AS attribution, false AS hedged, '' AS issues,
    place_written, place, geonames_id, feature, place_country, admin1, latitude, longitude, precision,
    CASE WHEN precision IS NOT NULL THEN 'import' END AS location_method,
    provenance || '-' || external_id AS event_key, true AS primary_report,
    source_country_from, target_country_from,
    'asserted' AS modality, fatalities, '' AS casualty_words,
    event_date, time_precision, event_type, sub_event_type,
    provenance, external_id, imported
  FROM imported_events;;
CREATE VIEW events AS SELECT * EXCLUDE (row_id) FROM event_rows;
