package org.dyad.store;

import java.time.LocalDate;

/**
 * A stored article. {@code text} is {@code null} in lists, where only the metadata is wanted.
 *
 * @param hash SHA-256 of the text, the article's key in the store
 * @param id its id or URL
 * @param duplicateOf the hash of the article this one near-duplicates, or {@code null}
 */
public record StoredArticle(
    String hash, String id, String source, String title, LocalDate published, long events, String duplicateOf, String text) {}
