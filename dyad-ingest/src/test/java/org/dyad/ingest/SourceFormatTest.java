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
    assertEquals(List.of("https://ex.org/1", "n5"), articles.stream().map(Article::id).toList());
    assertEquals(LocalDate.of(2025, 2, 1), articles.get(0).date());
    assertEquals("AFP", articles.get(0).source());
    assertEquals(LocalDate.of(2025, 3, 4), articles.get(1).date());
    assertEquals(4, problems.size());
    assertTrue(problems.get(0).startsWith(f + ":2: not JSON: "), problems.get(0));
    assertEquals(f + ":3: missing or empty field 'text'", problems.get(1));
    assertEquals(f + ":4: expected a JSON object", problems.get(2));
    assertEquals(f + ":6: 'published' is not a date: 'yesterday' (expected YYYY-MM-DD, an ISO date-time or an RFC 1123 date)",
        problems.get(3));
  }

  @Test
  void jsonl_aDateFieldStandsForPublished_andIsCheckedAsOne() throws IOException {
    Path f = write("dated.jsonl", String.join("\n",
        "{\"id\":\"d1\",\"date\":\"2025-06-01\",\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"d2\",\"date\":\"2025-06-01\",\"published\":\"2025-06-02\",\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"d3\",\"date\":\"soon\",\"text\":\"Iran warned Israel.\"}",
        ""));
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2)), articles.stream().map(Article::date).toList());
    assertEquals(List.of(f + ":3: 'date' is not a date: 'soon' (expected YYYY-MM-DD, an ISO date-time or an RFC 1123 date)"), problems);
  }

  @Test
  void jsonl_fieldsOfTheWrongType_refuseTheWholeLine() throws IOException {
    Path f = write("typed.jsonl", String.join("\n",
        "{\"id\":\"a\",\"published\":\"yesterday\",\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"b\",\"text\":5}",
        "{\"id\":\"c\",\"text\":true}",
        "{\"id\":7,\"text\":\"Iran warned Israel.\"}",
        "{\"url\":[\"https://ex.org/1\"],\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"f\",\"title\":{\"en\":\"T\"},\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"g\",\"source\":1.5,\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"h\",\"published\":20250301,\"text\":\"Iran warned Israel.\"}",
        "{\"id\":\"ok\",\"title\":null,\"published\":\"2025-03-01\",\"text\":\"Iran warned Israel.\"}",
        ""));
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(List.of("ok"), articles.stream().map(Article::id).toList());
    assertEquals(LocalDate.of(2025, 3, 1), articles.get(0).date());
    assertEquals(List.of(
        f + ":1: 'published' is not a date: 'yesterday' (expected YYYY-MM-DD, an ISO date-time or an RFC 1123 date)",
        f + ":2: field 'text' must be a string, found number 5",
        f + ":3: field 'text' must be a string, found boolean true",
        f + ":4: field 'id' must be a string, found number 7",
        f + ":5: field 'url' must be a string, found array [\"https://ex.org/1\"]",
        f + ":6: field 'title' must be a string, found object {\"en\":\"T\"}",
        f + ":7: field 'source' must be a string, found number 1.5",
        f + ":8: field 'published' must be a string, found number 20250301"), problems);
  }

  @Test
  void jsonl_largerThanTheLimitForOneArticle_isStreamedLineByLine() throws IOException {
    Path f = dir.resolve("big.jsonl");
    int n = 0;
    try (var out = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      while (Files.size(f) < 12L * 1024 * 1024 || n == 0) {
        for (int i = 0; i < 1000; i++, n++) {
          out.write("{\"id\":\"n" + n + "\",\"published\":\"2025-02-01\",\"text\":\"Turkey urged Ukraine and Russia to talk. "
              + "x".repeat(100) + "\"}\n");
        }
        out.flush();
      }
    }
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(List.of(), problems);
    assertEquals(n, articles.size());
    assertEquals("n" + (n - 1), articles.get(n - 1).id());
  }

  @Test
  void jsonl_aLineOverTheLimit_isOneProblemAndTheOthersAreRead() throws IOException {
    TextFiles small = new TextFiles(100);
    Path f = write("lines.jsonl", "\uFEFF{\"id\":\"a\",\"text\":\"Iran warned Israel.\"}\n"
        + "{\"id\":\"b\",\"text\":\"" + "x".repeat(200) + "\"}\r\n"
        + "{\"id\":\"c\",\"text\":\"Israel struck Gaza.\"}");
    List<Article> articles = small.readArticles(f, DEFAULT, problems);
    assertEquals(List.of("a", "c"), articles.stream().map(Article::id).toList());
    assertEquals(List.of(f + ":2: line is 0.0 MB, larger than the 0.0 MB limit for one article"), problems);
  }

  @Test
  void jsonl_onAStream_andAFormatForcedOnAFile() throws IOException {
    var in = new java.io.ByteArrayInputStream(("{\"id\":\"a\",\"published\":\"2025-03-01\",\"text\":\"Iran warned Israel.\"}\n"
        + "{\"id\":\"b\",\"text\":\"Israel struck Gaza.\"}\n").getBytes(StandardCharsets.UTF_8));
    List<Article> fromStdin = files.readArticles("stdin", in, SourceFormat.JSONL, DEFAULT, problems);
    assertEquals(List.of("a", "b"), fromStdin.stream().map(Article::id).toList());
    assertEquals(LocalDate.of(2025, 3, 1), fromStdin.get(0).date());
    Path f = write("corpus.txt", "{\"id\":\"c\",\"text\":\"Israel struck Gaza.\"}\n");
    assertEquals(List.of("c"), files.readArticles(f, SourceFormat.JSONL, DEFAULT, problems).stream().map(Article::id).toList());
    assertEquals(List.of(f.toString()), files.readArticles(f, DEFAULT, problems).stream().map(Article::id).toList());
    var text = new java.io.ByteArrayInputStream("Headline\nBody.".getBytes(StandardCharsets.UTF_8));
    Article plain = files.readArticles("stdin", text, SourceFormat.TEXT, DEFAULT, problems).get(0);
    assertEquals("stdin", plain.id());
    assertEquals("Headline", plain.title());
    assertEquals(List.of(), problems);
  }

  @Test
  void jsonl_emptyOrBinary_isRefusedWhole() throws IOException {
    Path empty = write("empty.jsonl", "\n  \n");
    assertEquals(empty + ": file is empty",
        org.junit.jupiter.api.Assertions.assertThrows(org.dyad.model.DyadInputException.class,
            () -> files.readArticles(empty, DEFAULT, problems)).getMessage());
    Path binary = dir.resolve("binary.jsonl");
    Files.write(binary, new byte[] {'{', '}', '\n', 0});
    assertEquals(binary + ": binary file (NUL byte at offset 3), not text",
        org.junit.jupiter.api.Assertions.assertThrows(org.dyad.model.DyadInputException.class,
            () -> files.readArticles(binary, DEFAULT, problems)).getMessage());
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
  void rss091_withNetscapeDoctype_isRead_withoutFetchingTheDtd() throws IOException {
    Path f = write("netscape.rss", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\"><channel><title>World</title><link>https://ex.org</link><description>d</description>"
        + "<language>en-us</language>"
        + "<item><title>Russia strikes Kharkiv</title><link>https://ex.org/a</link>"
        + "<description>Russian troops shelled Kharkiv&nbsp;today.</description></item>"
        + "</channel></rss>");
    List<Article> articles = files.readArticles(f, DEFAULT, problems);
    assertEquals(List.of(), problems);
    assertEquals(List.of("https://ex.org/a"), articles.stream().map(Article::id).toList());
    assertEquals("Russia strikes Kharkiv\nRussian troops shelled Kharkiv today.", articles.get(0).text());
  }

  @Test
  void xxe_externalEntity_isRefusedAndNeverRead() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    Path f = write("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>W</title><link>https://ex.org</link><description>d</description>"
        + "<item><title>Leak &xxe;</title><link>https://ex.org/a</link><description>x &xxe;</description></item></channel></rss>");
    assertEquals(List.of(), files.readArticles(f, DEFAULT, problems));
    assertEquals(List.of(f + ": not read: the feed's DOCTYPE declares the external entity 'xxe', and entity declarations are refused"),
        problems);
  }

  @Test
  void billionLaughs_isRefusedWithoutExpanding() throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    doctype.append("]>");
    Path f = write("lol.rss", "<?xml version=\"1.0\"?>" + doctype
        + "<rss version=\"2.0\"><channel><title>W</title><link>https://ex.org</link><description>d</description>"
        + "<item><title>&lol9;</title><link>https://ex.org/a</link><description>&lol9;</description></item></channel></rss>");
    long start = System.nanoTime();
    assertEquals(List.of(), files.readArticles(f, DEFAULT, problems));
    assertEquals(List.of(f + ": not read: the feed's DOCTYPE declares the entity 'lol', and entity declarations are refused"), problems);
    assertTrue(System.nanoTime() - start < 2_000_000_000L);
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
