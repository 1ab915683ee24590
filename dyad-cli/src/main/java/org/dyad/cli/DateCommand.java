package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.DyadInputException;
import org.dyad.store.EventStore;
import org.dyad.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad date}: lists the articles stored without a date, or dates some of them. Plain text
 * ingested without {@code --date} is stored undated (ingest says so); its events count in {@code
 * dyads} and {@code export} but in no timeline, alert or {@code --since} until the article is
 * dated here. Re-ingesting the same text with {@code --date} would not do it: the text is known.
 */
@Command(name = "date", mixinStandardHelpOptions = true,
    description = "Lists the articles stored without a date, or dates them (by id or content hash) and their events.")
final class DateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "0..*", paramLabel = "ARTICLE", description = "Articles to date, by id (file name, URL) or content hash; none lists the undated ones.")
  List<String> articles = List.of();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "The publication day to give them.")
  LocalDate date;

  /** How many undated articles the listing shows. */
  private static final int LISTED = 1000;

  @Override
  public Integer call() throws IOException {
    if (articles.isEmpty() != (date == null)) {
      throw new DyadInputException(date == null ? "--date is required to date articles (e.g. --date 2024-11-18)"
          : "--date " + date + ": name the articles to date (by id or hash); without them, 'dyad date' lists the undated ones");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore events = store.openExisting()) {
      if (date == null) {
        List<StoredArticle> undated = events.undatedArticles(LISTED);
        for (StoredArticle a : undated) {
          out.printf(Locale.ROOT, "%s  %4d events  %s%s%n", a.hash().substring(0, Math.min(16, a.hash().length())), a.events(), a.id(),
              a.title().isBlank() ? "" : "  \"" + a.title() + "\"");
        }
        out.printf(Locale.ROOT, "%d undated article%s%s%n", undated.size(), undated.size() == 1 ? "" : "s",
            undated.isEmpty() ? "" : "; date them with: dyad date --db " + store.db + " ARTICLE... --date YYYY-MM-DD");
      } else {
        List<String> dated = events.dateArticles(articles, date);
        out.printf(Locale.ROOT, "%d article%s dated %s%n", dated.size(), dated.size() == 1 ? "" : "s", date);
        if (dated.size() < articles.size()) {
          out.flush();
          throw new DyadInputException((articles.size() - dated.size()) + " of the named articles are not undated articles of " + store.db
              + " (already dated, or no such id or hash); 'dyad date --db " + store.db + "' lists the undated ones");
        }
      }
    }
    out.flush();
    return 0;
  }
}
