package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.dyad.model.Article;
import org.jsoup.Jsoup;

/**
 * RSS and Atom feed files (Rome, doctypes refused): one article per entry, its text the entry's
 * title and its description or content as plain text, its id the entry's link (else its URI),
 * its date the entry's publication (else update) date.
 */
final class FeedReader {
  private FeedReader() {}

  static List<Article> read(String name, String xml, LocalDate date, List<String> problems) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      problems.add(name + ": not an RSS or Atom feed: " + e.getMessage());
      return List.of();
    }
    List<Article> articles = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String body = body(e);
      String title = e.getTitle() == null ? "" : e.getTitle().strip();
      if (body.isBlank() && title.isBlank()) {
        problems.add(name + ": entry " + n + " has no text");
        continue;
      }
      String id = e.getLink() != null && !e.getLink().isBlank() ? e.getLink() : e.getUri() != null ? e.getUri() : name + "#" + n;
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate day = when == null ? date : when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n" + body;
      articles.add(new Article(id, name, title, day, text));
    }
    return articles;
  }

  private static String body(SyndEntry e) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      html.append(c.getValue()).append('\n');
    }
    if (html.length() == 0 && e.getDescription() != null) {
      html.append(e.getDescription().getValue());
    }
    return Jsoup.parse(html.toString()).text().strip();
  }
}
