-- v1: articles by content hash, and their coded events with evidence and location.
CREATE TABLE articles (
  hash VARCHAR PRIMARY KEY, id VARCHAR NOT NULL, source VARCHAR NOT NULL, title VARCHAR NOT NULL,
  published DATE, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
CREATE TABLE events (
  article_hash VARCHAR NOT NULL, event_no INTEGER NOT NULL, doc_id VARCHAR NOT NULL, published DATE,
  source_code VARCHAR NOT NULL, source_country VARCHAR NOT NULL, source_agent VARCHAR NOT NULL,
  source_name VARCHAR NOT NULL, source_text VARCHAR NOT NULL,
  target_code VARCHAR NOT NULL, target_country VARCHAR NOT NULL, target_agent VARCHAR NOT NULL,
  target_name VARCHAR NOT NULL, target_text VARCHAR NOT NULL,
  cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad_class INTEGER NOT NULL,
  plover_type VARCHAR NOT NULL, plover_mode VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL, sentence_text VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  rule VARCHAR NOT NULL, entry VARCHAR NOT NULL, trigger VARCHAR NOT NULL, attribution VARCHAR NOT NULL,
  hedged BOOLEAN NOT NULL, issues VARCHAR NOT NULL,
  place_written VARCHAR, place VARCHAR, geonames_id BIGINT, feature VARCHAR, place_country VARCHAR,
  admin1 VARCHAR, latitude DOUBLE, longitude DOUBLE, precision VARCHAR, location_method VARCHAR,
  PRIMARY KEY (article_hash, event_no));
