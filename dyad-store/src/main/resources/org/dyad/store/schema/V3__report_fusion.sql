-- v3: fusion of reports. Each row of events is one report; reports of the same event share
-- its event_key (the id, article_hash-event_no, of its first report), and only that first
-- report is primary, so counting primary rows counts events, not headlines. An article that
-- near-duplicates a stored one names it in duplicate_of and is not coded again.
ALTER TABLE events ADD COLUMN event_key VARCHAR; ALTER TABLE events ADD COLUMN primary_report BOOLEAN;
UPDATE events SET event_key = article_hash || '-' || event_no, primary_report = true;
ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
