-- v18: imported_events with the compression of its text columns chosen once, here, instead of by
-- DuckDB for every column segment it writes. DuckDB weighs each method (dictionary, FSST,
-- uncompressed, ...) on every segment of every text column before writing it; for a million
-- imported GDELT rows that analysis was about a fifth of the import's CPU (README, bench-import).
-- Values that repeat (codes, countries, names, places, types, the file's entry) take DICTIONARY;
-- texts unique to each event (its id, the document's URL, the kept row) take FSST, which DuckDB
-- chose for them anyway; the sentence and the actors' own words, mostly empty or NULL for
-- imported events and free text where not (ACLED's notes), are left to DuckDB. Where the chosen
-- method does not fit a segment, DuckDB still falls back to uncompressed. Same columns in the same
-- order, the same primary key, rows in the same order (event_rows breaks ties by rowid); the
-- views read the table by name and are unchanged.
CREATE TABLE imported_events_v18 (
  provenance VARCHAR USING COMPRESSION DICTIONARY NOT NULL, external_id VARCHAR USING COMPRESSION FSST NOT NULL, entry VARCHAR USING COMPRESSION DICTIONARY NOT NULL, doc_id VARCHAR USING COMPRESSION FSST NOT NULL,
  published DATE, event_date DATE, time_precision VARCHAR USING COMPRESSION DICTIONARY,
  source_code VARCHAR USING COMPRESSION DICTIONARY NOT NULL, source_country VARCHAR USING COMPRESSION DICTIONARY NOT NULL, source_agent VARCHAR USING COMPRESSION DICTIONARY NOT NULL, source_name VARCHAR USING COMPRESSION DICTIONARY NOT NULL,
  source_text VARCHAR,
  target_code VARCHAR USING COMPRESSION DICTIONARY NOT NULL, target_country VARCHAR USING COMPRESSION DICTIONARY NOT NULL, target_agent VARCHAR USING COMPRESSION DICTIONARY NOT NULL, target_name VARCHAR USING COMPRESSION DICTIONARY NOT NULL,
  target_text VARCHAR,
  cameo VARCHAR USING COMPRESSION DICTIONARY NOT NULL, root VARCHAR USING COMPRESSION DICTIONARY NOT NULL, goldstein DOUBLE NOT NULL, quad_class INTEGER NOT NULL,
  plover_type VARCHAR USING COMPRESSION DICTIONARY NOT NULL, plover_mode VARCHAR USING COMPRESSION DICTIONARY NOT NULL, sentence_text VARCHAR NOT NULL,
  place_written VARCHAR USING COMPRESSION DICTIONARY, place VARCHAR USING COMPRESSION DICTIONARY, geonames_id BIGINT, feature VARCHAR USING COMPRESSION DICTIONARY, place_country VARCHAR USING COMPRESSION DICTIONARY, admin1 VARCHAR USING COMPRESSION DICTIONARY,
  latitude DOUBLE, longitude DOUBLE, precision VARCHAR USING COMPRESSION DICTIONARY,
  source_country_from VARCHAR USING COMPRESSION DICTIONARY, target_country_from VARCHAR USING COMPRESSION DICTIONARY, fatalities INTEGER, event_type VARCHAR USING COMPRESSION DICTIONARY, sub_event_type VARCHAR USING COMPRESSION DICTIONARY,
  imported VARCHAR USING COMPRESSION FSST,
  PRIMARY KEY (provenance, external_id));
INSERT INTO imported_events_v18 SELECT * FROM imported_events;
DROP TABLE imported_events;
ALTER TABLE imported_events_v18 RENAME TO imported_events;
