package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFormatTest {
  private static final LocalDate DEFAULT = LocalDate.of(2020, 1, 1);

  @TempDir Path dir;
  private final TextFiles files = new TextFiles(TextFiles.DEFAULT_MAX_BYTES);
  private final List<String> problems = new ArrayList<>();

  @Test
  void html_mainTextTitleUrlAndDate_scriptsDroppedMarkupKeptAsText() throws IOException {
    Path f = write("page.html", "<html><head><title>Site | X</title><meta property=\"og:title\" content=\"Russia strikes Kharkiv\">"
        + "<link rel=\"canonical\" href=\"https://example.org/news/1\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-04T08:00:00Z\"><script>alert(1)</script></head>"
        + "<body><nav>Home | World</nav><article><h1>Russia strikes Kharkiv</h1>"
        + "<p>Russian troops shelled Kharkiv.</p><p>The &lt;script&gt;attack&lt;/script&gt; <script>evil()</script>lasted hours.</p>"
        + "</article><footer>(c) Site</footer></body></html>");
    Article a = files.readArticles(f, DEFAULT, problems).get(0);
    assertEquals("https://example.org/news/1", a.id());
    assertEquals("Russia strikes Kharkiv", a.title());
    assertEquals(LocalDate.of(2025, 3, 4), a.date());
    assertEquals("Russia strikes Kharkiv\nRussian troops shelled Kharkiv.\nThe <script>attack</script> lasted hours.\n", a.text());
    assertFalse(a.text().contains("Home") || a.text().contains("evil") || a.text().contains("(c)"));
    assertEquals(List.of(), problems);
  }

  @Test
  void html_withoutText_isAProblem() throws IOException {
    Path f = write("empty.html", "<html><body><script>x()</script></body></html>");
    assertEquals(List.of(), files.readArticles(f, DEFAULT, problems));
    assertEquals(List.of(f + ": HTML page has no text"), problems);
  }

  @Test
  void jsonl_readsEachLine_reportsBadLinesByNumber() throws IOException {
    Path f = write("corpus.jsonl", String.join("\n",
        "{\"id\":\"n1\",\"url\":\"https://ex.org/1\",\"title\":\"T1\",\"published\":\"2025-02-01\",\"text\":\"Turkey urged Ukraine to talk.\",\"source\":\"AFP\"}",
        "not json",
        "{\"id\":\"n3\",\"text\":\"\"}",
        "[1,2]",
        "{\"id\":\"n5\",\"published\":\"Tue, 04 Mar 2025 10:00:00 GMT\",\"text\":\"Israel struck Gaza.\"}",
        "{\"id\":\"n6\",\"published\":\"yesterday\",\"text\":\"Iran warned Israel.\"}",
        ""));
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(List.of("https://ex.org/1", "n5", "n6"), articles.stream().map(Article::id).toList());
    assertEquals(LocalDate.of(2025, 2, 1), articles.get(0).date());
    assertEquals("AFP", articles.get(0).source());
    assertEquals(LocalDate.of(2025, 3, 4), articles.get(1).date());
    assertEquals(DEFAULT, articles.get(2).date());
    assertEquals(4, problems.size());
    assertTrue(problems.get(0).startsWith(f + ":2: not JSON: "), problems.get(0));
    assertEquals(f + ":3: missing or empty field 'text'", problems.get(1));
    assertEquals(f + ":4: expected a JSON object", problems.get(2));
    assertEquals(f + ":6: 'published' is not a date: 'yesterday'", problems.get(3));
  }

  @Test
  void text_isOneArticle() throws IOException {
    Path f = write("a.txt", "Headline\nBody.");
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(1, articles.size());
    assertEquals("Headline", articles.get(0).title());
    assertEquals(DEFAULT, articles.get(0).date());
  }

  @Test
  void rssFeed_givesOneArticlePerEntryWithLinkAndDate() throws IOException {
    Path f = write("world.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World</title><link>https://ex.org</link>"
        + "<description>d</description>"
        + "<item><title>Russia strikes Kharkiv</title><link>https://ex.org/a</link>"
        + "<description>&lt;p&gt;Russian troops shelled Kharkiv.&lt;/p&gt;</description>"
        + "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>"
        + "<item><title>Talks</title><link>https://ex.org/b</link><description>Turkey urged talks.</description></item>"
        + "</channel></rss>");
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(List.of("https://ex.org/a", "https://ex.org/b"), articles.stream().map(Article::id).toList());
    assertEquals("Russia strikes Kharkiv\nRussian troops shelled Kharkiv.", articles.get(0).text());
    assertEquals(LocalDate.of(2025, 3, 4), articles.get(0).date());
    assertEquals(DEFAULT, articles.get(1).date());
    assertEquals(List.of(), problems);
  }

  @Test
  void notAFeed_isAProblem() throws IOException {
    Path f = write("broken.xml", "<html><body>no feed</body></html>");
    assertEquals(List.of(), files.readArticles(f, DEFAULT, problems));
    assertTrue(problems.get(0).startsWith(f + ": not an RSS or Atom feed: "), problems.get(0));
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
