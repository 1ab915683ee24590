-- v16: the primary reports' sentences in the fusion lookup, for fusion by meaning (ReportFusion):
-- the borderline candidates' sentences are read with the rest of the lookup, by day, instead of
-- from events, whose days DuckDB's zone maps cannot narrow once articles arrived out of date order
-- (a scan of every event: 0.6-1.5 s per article at 10 million events on the shared machine; the
-- lookup: 2-3 ms). Filled while fusion by meaning is on (about 130 bytes a report), and by a Spark
-- run's load and by dating an article; reports stored before, or by the rule alone, keep NULL and
-- are read from events, the slow way.
ALTER TABLE fusion_lookup ADD COLUMN sentence_text VARCHAR;
ALTER TABLE fusion_recent ADD COLUMN sentence_text VARCHAR;
