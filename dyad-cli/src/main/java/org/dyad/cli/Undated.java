package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Article;

/**
 * The one policy for articles without a date: they are stored undated, and the user is told, on
 * standard error, what that means and how to date them later ({@code dyad date}).
 */
final class Undated {
  private Undated() {}

  /** Says on {@code err} how many of the newly stored articles have no date, naming the first. */
  static void warn(PrintWriter err, List<Article> stored, Path db) {
    List<Article> undated = stored.stream().filter(a -> a.date() == null).toList();
    if (undated.isEmpty()) {
      return;
    }
    err.printf("dyad: %d article%s stored without a date (%s%s): %s events count in dyads and exports but in no timeline, alert or"
            + " --since; give --date when ingesting, or date them now with 'dyad date --db %s ARTICLE... --date YYYY-MM-DD'%n",
        undated.size(), undated.size() == 1 ? "" : "s", undated.get(0).id(), undated.size() > 1 ? ", …" : "",
        undated.size() == 1 ? "its" : "their", db);
    err.flush();
  }
}
