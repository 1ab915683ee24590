-- v4: MinHash signatures of original articles and their LSH buckets (near-duplicates found
-- across runs; see MinHash); every report of every event, counting a near-duplicate article
-- as one more report of its original's events; and the fused events with their report and
-- source counts. Articles stored before v4 have no signature.
CREATE TABLE article_signatures (hash VARCHAR PRIMARY KEY, minhash BLOB NOT NULL);
CREATE TABLE lsh_buckets (bucket BIGINT NOT NULL, hash VARCHAR NOT NULL);
CREATE INDEX lsh_buckets_bucket ON lsh_buckets (bucket);
CREATE VIEW reports AS
  SELECT e.event_key, e.article_hash, e.doc_id, a.source, e.published, false AS near_duplicate
  FROM events e LEFT JOIN articles a ON a.hash = e.article_hash
  UNION ALL
  SELECT e.event_key, d.hash, d.id, d.source, d.published, true
  FROM events e JOIN articles d ON d.duplicate_of = e.article_hash;
CREATE VIEW fused_events AS
  SELECT e.*, r.reports, r.sources FROM events e
  JOIN (SELECT event_key, count(*) AS reports, count(DISTINCT source) AS sources FROM reports GROUP BY event_key) r
    ON r.event_key = e.event_key
  WHERE e.primary_report;
