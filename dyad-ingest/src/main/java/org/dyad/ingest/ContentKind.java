package org.dyad.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the reader of a fetched document: by its content first (a feed's or a page's root
 * element in its first 2 KB), then by its Content-Type (servers often send feeds as text/html or
 * application/octet-stream); empty when neither fits, as for images.
 */
final class ContentKind {
  private ContentKind() {}

  static Optional<SourceFormat> of(String contentType, String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<")) {
      if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
        return Optional.of(SourceFormat.FEED);
      }
      if (head.startsWith("<!doctype html") || head.contains("<html")) {
        return Optional.of(SourceFormat.HTML);
      }
    }
    return byType(contentType);
  }

  /** The reader a Content-Type alone names; empty for types no reader takes (images, PDF, …). */
  static Optional<SourceFormat> byType(String contentType) {
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return Optional.of(SourceFormat.HTML);
    }
    if (type.contains("rss") || type.contains("atom") || type.endsWith("/xml")) {
      return Optional.of(SourceFormat.FEED);
    }
    if (type.contains("ndjson") || type.contains("jsonl")) {
      return Optional.of(SourceFormat.JSONL);
    }
    if (type.equals("text/plain") || type.isEmpty()) {
      return Optional.of(SourceFormat.TEXT);
    }
    return Optional.empty();
  }

  /**
   * Whether a Content-Type is never a feed, page or text, whatever the bytes say (so the body is
   * not even downloaded): images, audio, video, fonts, PDF, archives.
   */
  static boolean neverText(String contentType) {
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/") || type.startsWith("font/")
        || type.equals("application/pdf") || type.equals("application/zip") || type.equals("application/gzip");
  }
}
