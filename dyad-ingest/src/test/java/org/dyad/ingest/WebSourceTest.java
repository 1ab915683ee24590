package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds and pages fetched from a real HTTP server on 127.0.0.1. */
class WebSourceTest {
  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>News</description>
      <item><title>Russia warns NATO</title><link>https://wire.example/1</link><pubDate>Mon, 18 Nov 2024 10:00:00 GMT</pubDate>
      <description>Putin warned NATO on Monday.</description></item>
      <item><title>Turkey hosts talks</title><link>https://wire.example/2</link><pubDate>Tue, 19 Nov 2024 10:00:00 GMT</pubDate>
      <description>Turkey hosted Ukrainian officials.</description></item>
      </channel></rss>
      """;
  static final String PAGE = """
      <!DOCTYPE html><html><head><title>Talks in Baku</title>
      <link rel="canonical" href="https://news.example/talks"><meta property="article:published_time" content="2024-05-02T08:00:00Z">
      </head><body><nav>Home</nav><article><h1>Talks in Baku</h1><p>Armenia and Azerbaijan agreed to continue talks.</p></article></body></html>
      """;

  private HttpServer server;
  private String base;
  private final AtomicInteger dtdRequests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/feed.xml", 200, "application/rss+xml; charset=utf-8", RSS);
    serve("/feed-as-octets", 200, "application/octet-stream", RSS);
    serve("/page", 200, "text/html; charset=ISO-8859-1", PAGE.replace("Baku", "Bak\u00fc"));
    serve("/missing", 404, "text/plain", "not here");
    serve("/big", 200, "text/plain", "x".repeat(5000));
    serve("/image.png", 200, "image/png", "PNG...");
    serve("/empty", 200, "text/plain", "  ");
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/page");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/real.png", exchange -> {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff, (byte) 0xfe};
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, png.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(png);
      }
    });
    server.createContext("/trickle", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 450; i++) { // 45 s, a byte each 100 ms
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (IOException e) {
        // the client hung up, as it should
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.createContext("/dtd", exchange -> {
      dtdRequests.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(String path, int status, String type, String body) {
    server.createContext(path, exchange -> {
      byte[] bytes = body.getBytes(type.contains("8859") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
  }

  private static WebSource web() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NORMAL).build();
    return new WebSource(client, Duration.ofMillis(800), 1000);
  }

  private List<Article> read(String path) throws DyadInputException {
    List<String> problems = new ArrayList<>();
    List<Article> articles = web().read(base + path, LocalDate.of(2024, 1, 1), problems);
    assertEquals(List.of(), problems);
    return articles;
  }

  @Test
  void read_rssFeed_isOneArticlePerEntry() throws DyadInputException {
    List<Article> articles = read("/feed.xml");
    assertEquals(2, articles.size());
    assertEquals("https://wire.example/1", articles.get(0).id());
    assertEquals(LocalDate.of(2024, 11, 18), articles.get(0).date());
    assertEquals("Russia warns NATO\nPutin warned NATO on Monday.", articles.get(0).text());
  }

  @Test
  void read_feedServedAsOctets_isSniffedAsAFeed() throws DyadInputException {
    assertEquals(2, read("/feed-as-octets").size());
  }

  @Test
  void read_htmlPageInLatin1_afterARedirect() throws DyadInputException {
    List<Article> articles = read("/moved");
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("https://news.example/talks", a.id());
    assertEquals(base + "/page", a.source());
    assertEquals("Talks in Bak\u00fc", a.title());
    assertEquals(LocalDate.of(2024, 5, 2), a.date());
    assertTrue(a.text().contains("Armenia and Azerbaijan agreed to continue talks."), a.text());
    assertFalse(a.text().contains("Home"), a.text());
  }

  @Test
  void read_badResponses_areOneLineErrorsNamingTheUrl() {
    assertEquals(base + "/missing: HTTP 404", error(base + "/missing"));
    assertEquals(base + "/big: response is larger than the 1000 bytes limit for one source", error(base + "/big"));
    assertEquals(base + "/image.png: unsupported content type 'image/png' (expected a feed, a page or text)", error(base + "/image.png"));
    assertEquals(base + "/empty: empty response", error(base + "/empty"));
    assertEquals(base + "/slow: no response within 0.8 s", error(base + "/slow"));
    assertEquals("http://exa mple.org/: not a valid URL: Illegal character in authority", error("http://exa mple.org/"));
  }

  @Test
  void read_closedPort_cannotConnectConnectionRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/feed.xml";
    assertEquals(url + ": cannot connect: connection refused", error(url));
  }

  @Test
  void read_realPng_isAnUnsupportedContentType_notBadUtf8() {
    assertEquals(base + "/real.png: unsupported content type 'image/png' (expected a feed, a page or text)", error(base + "/real.png"));
  }

  @Test
  void read_tricklingResponse_isCutAtTheTimeoutInAll() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    WebSource web = new WebSource(client, Duration.ofSeconds(1), 1_000_000);
    long start = System.nanoTime();
    DyadInputException e = assertThrows(DyadInputException.class, () -> web.read(base + "/trickle", null, new ArrayList<>()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(base + "/trickle: no response within 1.0 s", e.getMessage());
    assertTrue(millis >= 900 && millis < 3000, millis + " ms");
  }

  @Test
  void read_feedWithADoctype_isRead_andItsDtdNeverFetched() throws DyadInputException {
    String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + base + "/dtd\">"
        + RSS.substring(RSS.indexOf("<rss"));
    server.createContext("/doctype-feed", exchange -> {
      byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    assertEquals(2, read("/doctype-feed").size());
    assertEquals(0, dtdRequests.get());
  }

  @Test
  void read_withAFormat_overridesTheContentType() throws DyadInputException {
    List<String> problems = new ArrayList<>();
    List<Article> articles = web().read(base + "/image.png", SourceFormat.TEXT, null, problems);
    assertEquals("PNG...", articles.get(0).text());
    assertEquals(List.of(), problems);
  }

  @Test
  void isUrl_onlyHttpAndHttps() {
    assertTrue(WebSource.isUrl("https://a.example/feed"));
    assertTrue(WebSource.isUrl("HTTP://a.example/"));
    assertFalse(WebSource.isUrl("ftp://a.example/"));
    assertFalse(WebSource.isUrl("news/http-article.txt"));
  }

  private static String error(String url) {
    return assertThrows(DyadInputException.class, () -> web().read(url, null, new ArrayList<>())).getMessage();
  }
}
