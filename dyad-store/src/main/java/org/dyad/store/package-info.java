/**
 * Store: articles and their located events, kept behind {@link org.dyad.store.EventStore}; the
 * default is {@link org.dyad.store.DuckDbStore}, one embedded DuckDB file with a versioned schema.
 * Invariants: an article is stored once (by content hash) and together with all its events.
 * Reports of one event from different articles are fused ({@code ReportFusion}: same actor codes and
 * CAMEO root, dates a day apart); near-duplicate articles are found by MinHash with LSH ({@link
 * org.dyad.store.MinHash}), stored as copies and never coded. Analytics count events (primary
 * reports), not reports.
 */
package org.dyad.store;
