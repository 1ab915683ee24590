package org.dyad.cli.output;

import java.io.IOException;
import org.dyad.coder.ArticleResult;

/** Writes coded events in one output format. */
public interface EventWriter {
  /** Writes one article's events. */
  void write(ArticleResult result) throws IOException;

  /** Writes whatever closes the output (a summary line), and flushes. */
  void finish() throws IOException;
}
