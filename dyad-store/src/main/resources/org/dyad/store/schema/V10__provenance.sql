-- v10: where each event comes from. provenance is 'dyad' for events Dyad coded from articles, or
-- the format an event was imported from ('gdelt', 'acled', 'polecat'; see org.dyad.store.exchange).
-- An imported event is its own primary report (article_hash '<provenance>:<id>', event_no 0, no
-- article row): external_id is its id in that format, and imported holds the row as the file gave
-- it (its columns joined by tabs, in the format's order), so that exporting the event again in its
-- own format gives back the row it came from, including the columns Dyad has no column for. Imported events never fuse with coded
-- ones (they are not in the fusion lookup). Reports stored before v10 were coded by Dyad.
ALTER TABLE events ADD COLUMN provenance VARCHAR DEFAULT 'dyad';
ALTER TABLE events ADD COLUMN external_id VARCHAR;
ALTER TABLE events ADD COLUMN imported VARCHAR;
UPDATE events SET provenance = 'dyad';
-- The views below select e.*: recreated so that they carry the new columns.
CREATE OR REPLACE VIEW fused_events AS
  SELECT e.* REPLACE (t.fatalities AS fatalities, t.injured AS injured, t.arrested AS arrested), r.reports, r.sources
  FROM events e
  JOIN (SELECT event_key, count(*) AS reports, count(DISTINCT source) AS sources FROM reports GROUP BY event_key) r
    ON r.event_key = e.event_key
  JOIN (SELECT event_key, max(fatalities) AS fatalities, max(injured) AS injured, max(arrested) AS arrested
        FROM events WHERE modality = 'asserted' GROUP BY event_key) t
    ON t.event_key = e.event_key
  WHERE e.primary_report AND e.modality = 'asserted';
