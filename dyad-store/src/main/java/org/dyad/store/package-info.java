/**
 * Store: articles and their located events, kept behind {@link org.dyad.store.EventStore}; the
 * default is {@link org.dyad.store.DuckDbStore}, one embedded DuckDB file with a versioned schema
 * ({@code Migrations}: the SQL files under {@code org/dyad/store/schema}), which delegates writes
 * ({@code EventWriter}), browsing ({@code DuckDbReads}), aggregates ({@code DuckDbAnalytics}),
 * export ({@code DuckDbExport}, with the field's formats and imports in {@code exchange}) and benchmark data ({@code SyntheticEvents}). Invariants: an
 * article is stored once (by content hash) and together with all its events, whatever their
 * modality; only asserted events count, aggregate and fuse. Asserted reports of one event from
 * different articles are fused ({@code FusionRule}: same actor codes and CAMEO root, dates of the
 * acts at most one day apart, no two different cities, no two different specific codes; found by
 * {@code ReportFusion}; with a {@link org.dyad.store.ReportMeaning}, the rule's borderline cases are
 * decided by the reports' sentences); near-duplicate articles are found by MinHash with LSH ({@link
 * org.dyad.store.MinHash}), stored as copies and never coded. Analytics count events (primary
 * reports), not reports, date them by their acts, and take each event's largest reported toll.
 */
package org.dyad.store;
