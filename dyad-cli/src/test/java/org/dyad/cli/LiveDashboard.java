package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dyad.pipeline.Pipeline;
import org.dyad.serve.DyadServer;
import org.dyad.store.DuckDbStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard live, for browser tests ({@code ServeIT}, {@code MapIT}): a real DuckDB file behind
 * the real server on a free loopback port, coding with the real pipeline, and headless {@link
 * Chromium} on it; with the HTTP calls and browser waits those tests share. Closing it quits the
 * browser, stops the server and closes the store.
 */
final class LiveDashboard implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final DuckDbStore store;
  private final Javalin server;
  private final String token;
  private ChromeDriver browser;

  private LiveDashboard(DuckDbStore store, Javalin server, String token) {
    this.store = store;
    this.server = server;
    this.token = token;
  }

  /**
   * Opens a new store at {@code db} and serves it with ingest allowed to {@code token}, two coding
   * threads; the browser starts with {@link #startBrowser}, once the test's data is in.
   */
  static LiveDashboard serve(Path db, String token) throws Exception {
    DuckDbStore store = DuckDbStore.open(db);
    try {
      Javalin server = DyadServer.create(new DyadServer.Settings(store, new Pipeline.Settings(null, false, 2), token,
          DyadServer.MAX_BODY_BYTES)).start("127.0.0.1", 0);
      return new LiveDashboard(store, server, token);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Starts headless Chromium, saving downloads into {@code downloads}; returns it. */
  ChromeDriver startBrowser(Path downloads) throws IOException, InterruptedException {
    browser = Chromium.start(downloads);
    Files.createDirectories(SCREENSHOTS);
    return browser;
  }

  /** Starts headless Chromium with downloads into a new temporary directory; returns it. */
  ChromeDriver startBrowser() throws IOException, InterruptedException {
    return startBrowser(Files.createTempDirectory("dyad-downloads"));
  }

  DuckDbStore store() {
    return store;
  }

  /** The server's address of {@code path} (which starts with a slash). */
  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Posts {@code body} of a content type to {@code /api/ingest} + {@code query} with the token; asserts the status. */
  JsonNode post(String body, String type, String query, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/ingest" + query))).header("Content-Type", type)
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** GETs {@code path} and reads its JSON; asserts a 200. */
  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " → " + r.body());
    return JSON.readTree(r.body());
  }

  /** Waits until the page's script says it has drawn ({@code body[data-ready=true]}). */
  void waitReady() {
    // (ready for the page the location names: right after a hash change the flag may still be the previous page's)
    new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
        "return document.body.dataset.ready === 'true' && document.body.dataset.readyHash === location.hash;")));
  }

  /** Waits until an element matches {@code css}. */
  void waitFor(String css) {
    new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Scrolls an element into view and clicks it. */
  void click(WebElement e) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  /** Saves the page as {@code target/screenshots/NAME.png}. */
  void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      try {
        server.stop();
      } finally {
        store.close();
      }
    }
  }
}
