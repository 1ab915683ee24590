package org.dyad.model;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's original text.
 * Every span Dyad reports (tokens, actor mentions, events) points into the article, never into a copy.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || start > end) {
      throw new IllegalArgumentException(
          "start must be >= 0 and <= end: start=" + start + ", end=" + end);
    }
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public int length() {
    return end - start;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
