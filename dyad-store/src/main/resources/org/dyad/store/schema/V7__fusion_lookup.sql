-- v7: the fusion lookup's own narrow copy of the primary reports (ReportFusion): what the rule
-- compares, nothing else. fusion_lookup is kept sorted by day, so DuckDB's zone maps let a
-- lookup read only the row groups of the days it asks for, whatever order articles arrived in;
-- fusion_recent takes the reports stored since it was last sorted and is merged into it,
-- sorted, when it grows (ReportFusion.compact). Both are derived from events.
CREATE TABLE fusion_lookup (
  event_key VARCHAR NOT NULL, published DATE NOT NULL, source_code VARCHAR NOT NULL, target_code VARCHAR NOT NULL,
  root VARCHAR NOT NULL, cameo VARCHAR NOT NULL, geonames_id BIGINT, precision VARCHAR);
CREATE TABLE fusion_recent (
  event_key VARCHAR NOT NULL, published DATE NOT NULL, source_code VARCHAR NOT NULL, target_code VARCHAR NOT NULL,
  root VARCHAR NOT NULL, cameo VARCHAR NOT NULL, geonames_id BIGINT, precision VARCHAR);
INSERT INTO fusion_recent
  SELECT event_key, published, source_code, target_code, root, cameo, geonames_id, precision
  FROM events WHERE primary_report AND published IS NOT NULL;
