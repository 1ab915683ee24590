/**
 * The coding pipeline, built once and called by every front end: {@link org.dyad.pipeline.Pipeline}
 * takes articles ({@code dyad-model}) and gives coded, located events, or saves them into an
 * {@code EventStore} after sorting out stored articles and near-duplicates.
 *
 * <p>Input: parsed articles; reading files, pages and feeds is {@code dyad-ingest}'s job. Output:
 * {@code ArticleResult}s, or rows in the store. Invariants: an article is known by the SHA-256 of
 * its text, so ingesting twice adds nothing; articles are saved in input order, each batch in one
 * transaction, so an interrupted ingest and its rerun store what one run stores; an article whose
 * coding fails is kept with the reason, never lost; with the learned typer, the store's fusion
 * decides its borderline cases by meaning ({@code SentenceMeaning}). It does not print,
 * parse arguments or serve HTTP: those stay in {@code dyad-cli} and {@code dyad-serve}.
 */
package org.dyad.pipeline;
