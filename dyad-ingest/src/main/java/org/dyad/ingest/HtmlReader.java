package org.dyad.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages: the main text (the {@code <article>} element, else {@code <main>}, else the body;
 * paragraphs and headings one per line, scripts and navigation dropped), the title ({@code
 * og:title}, else {@code <title>}), the URL ({@code rel=canonical}, else {@code og:url}) and the
 * date ({@code article:published_time}, {@code datePublished}, {@code <time datetime>}). Text
 * content is taken as text: markup in it is never interpreted.
 */
final class HtmlReader {
  private HtmlReader() {}

  static List<Article> read(String name, String html, LocalDate date, List<String> problems) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, nav, header, footer, aside, noscript").remove();
    Element main = Optional.ofNullable(doc.selectFirst("article")).or(() -> Optional.ofNullable(doc.selectFirst("main")))
        .orElse(doc.body());
    StringBuilder text = new StringBuilder();
    for (Element block : main.select("h1, h2, h3, p, li")) {
      String t = block.text().strip();
      boolean nested = block.parents().stream().takeWhile(p -> p != main).anyMatch(p -> p.is("p, li"));
      if (!t.isEmpty() && !nested) {
        text.append(t).append('\n');
      }
    }
    if (text.length() == 0) {
      text.append(main.text());
    }
    if (text.toString().isBlank()) {
      problems.add(name + ": HTML page has no text");
      return List.of();
    }
    String title = meta(doc, "meta[property=og:title]").orElse(doc.title());
    String url = Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")).filter(s -> !s.isBlank())
        .or(() -> meta(doc, "meta[property=og:url]")).orElse(name);
    LocalDate published = meta(doc, "meta[property=article:published_time]")
        .or(() -> meta(doc, "meta[itemprop=datePublished]"))
        .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
        .flatMap(Dates::parse).orElse(date);
    return List.of(new Article(url, name, title, published, text.toString()));
  }

  private static Optional<String> meta(Document doc, String selector) {
    return Optional.ofNullable(doc.selectFirst(selector)).map(e -> e.attr("content")).filter(s -> !s.isBlank());
  }
}
