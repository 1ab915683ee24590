/**
 * Store: articles and their located events, kept behind {@link org.dyad.store.EventStore}; the
 * default is {@link org.dyad.store.DuckDbStore}, one embedded DuckDB file with a versioned schema.
 * Invariants: an article is stored once (by content hash) and together with all its events.
 * Not yet here: cross-article event fusion, near-duplicate detection, timelines, alerts, export.
 */
package org.dyad.store;
