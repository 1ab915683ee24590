-- A GDELT 2.0 mentions table (GDELT 2.0 Event Codebook V2.0, 2015, "Mentions table": 16 columns,
-- one row per mention of an event), staged column by column, into gdelt_mentions: the row whole
-- (imported, its columns tab-joined in the codebook's order), its GlobalEventID, the day the
-- mentioning document was seen (MentionTimeDate), its outlet (MentionSourceName) and URL
-- (MentionIdentifier); ordinal numbers the rows after those stored, in the file's order. Importer's
-- staging view holds the checked rows (only the new ones, each row once, when a row is stored
-- already or repeated).
INSERT INTO gdelt_mentions (global_event_id, ordinal, imported, mentioned, source, url)
SELECT s.GlobalEventID,
  (SELECT coalesce(max(ordinal), 0) FROM gdelt_mentions) + row_number() OVER (ORDER BY s.line),
  s.imported, STRPTIME(left(s.MentionTimeDate, 8), '%Y%m%d')::DATE, s.MentionSourceName, s.MentionIdentifier
FROM staging s
