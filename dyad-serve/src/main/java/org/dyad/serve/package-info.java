/**
 * The serve stage: Dyad's store behind a JSON API and a web dashboard, in one Javalin process.
 * {@link org.dyad.serve.DyadServer} wires the routes; reads go straight to the store, writes
 * ({@code POST /api/ingest}) need a token and go through the one {@link org.dyad.pipeline.Pipeline}.
 */
package org.dyad.serve;
