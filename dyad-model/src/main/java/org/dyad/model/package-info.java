/**
 * Dyad's domain values: {@link org.dyad.model.Article}, {@link org.dyad.model.Sentence} with its
 * {@link org.dyad.model.Token}s and {@link org.dyad.model.Dependency} edges, {@link
 * org.dyad.model.Actor}, {@link org.dyad.model.EventCode}, {@link org.dyad.model.Event} and its
 * {@link org.dyad.model.Evidence}.
 *
 * <p>Every type is an immutable record validated in its constructor; collections are copied in.
 * Every {@link org.dyad.model.Span} is a character range of the article's text, never of a copy,
 * so a span found by any stage can be shown in the original. Bad input anywhere is a {@link
 * org.dyad.model.DyadInputException} whose one-line message names the input.
 */
package org.dyad.model;
