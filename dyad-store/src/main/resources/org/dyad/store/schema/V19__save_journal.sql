-- v19: the save journal (SaveJournal). A save of a few articles commits one row here, its
-- articles', events', signatures' and fusion reports' rows encoded in one BLOB, instead of rows in
-- five tables: at 10 million events DuckDB's work per transaction and per table written made a
-- save alone cost 6-8 ms on a quiet machine (25-35 ms under load), against 1 ms for one row in one
-- table (README, bench-store). The rows are written to their tables, and this table emptied, once
-- 32 articles are waiting, before any read, and when the store closes; a store opened with rows
-- here (its process stopped before) writes them first.
CREATE TABLE save_journal (seq BIGINT NOT NULL, entry BLOB NOT NULL);
