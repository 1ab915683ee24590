/**
 * Ingest: sources to {@link org.dyad.model.Article}s. Input: paths, http(s) URLs ({@link
 * org.dyad.ingest.WebSource}: feeds and pages, fetched with a size bound and timeouts) and streams
 * given by the user.
 * Output: articles whose text is exactly what was read (UTF-8, a byte-order mark dropped).
 *
 * <p>Bad input (missing, empty, binary, not UTF-8, over the size limit) is refused with a
 * {@link org.dyad.model.DyadInputException} naming the file and the problem; the caller reports it
 * and goes on with the other inputs. Nothing here guesses encodings or repairs text.
 */
package org.dyad.ingest;
