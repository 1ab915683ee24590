-- v18: imported_events without its primary key. The key's index serialized a file's insert: DuckDB
-- wrote a million imported rows on one thread where it had the table without it on two, and built
-- the index at the commit (about 1-2 s of CPU for a million GDELT rows; README, bench-import).
-- Nothing reads through the index; what it guarded, that an event is stored once by its id in its
-- format, the Importer now checks before it inserts (an id the file repeats or the store holds
-- already sends the file through its de-duplicating insert), so importing a file again still adds
-- nothing. The kept row (imported), a long text unique to each event, is compressed by FSST
-- without DuckDB weighing each other method for it first. Same columns in the same order, rows
-- in the same order (event_rows breaks ties by rowid); the views read it by name and are unchanged.
CREATE TABLE imported_events_v18 (
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
  imported VARCHAR USING COMPRESSION fsst);
INSERT INTO imported_events_v18 SELECT * FROM imported_events;
DROP TABLE imported_events;
ALTER TABLE imported_events_v18 RENAME TO imported_events;
