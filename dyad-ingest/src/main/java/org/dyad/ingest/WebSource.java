package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;

/**
 * Feeds and pages by URL: fetched with the JDK's {@link HttpClient} (connect and response
 * timeouts, redirects followed, a size bound), decoded by the response's charset (UTF-8 when it
 * names none), and parsed by the reader that fits ({@link ContentKind}). Every failure is a
 * {@link DyadInputException} naming the URL and the problem: unreachable host, timeout, HTTP
 * status, oversize, undecodable or unsupported content. Thread-safe (the client is).
 */
public final class WebSource {
  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  public WebSource(HttpClient client, Duration timeout, long maxBytes) {
    if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("maxBytes and timeout must be > 0, were " + maxBytes + " and " + timeout);
    }
    this.client = client;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** A source with a 10 s connect and 30 s response timeout, normal redirects and the article size limit. */
  public static WebSource standard() {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    return new WebSource(client, Duration.ofSeconds(30), TextFiles.DEFAULT_MAX_BYTES);
  }

  /** Whether a command-line input names a web address (http or https). */
  public static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * The articles at a URL: a feed's entries or a page's article. Articles without a date of
   * their own get {@code date}; bad parts of a readable document go to {@code problems}.
   */
  public List<Article> read(String url, LocalDate date, List<String> problems) throws DyadInputException {
    HttpResponse<InputStream> response = fetch(url, uri(url));
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    String text = decode(url, body(url, response), contentType);
    if (text.isBlank()) {
      throw new DyadInputException(url + ": empty response");
    }
    SourceFormat format = ContentKind.of(contentType, text)
        .orElseThrow(() -> new DyadInputException(url + ": unsupported content type '" + contentType + "' (expected a feed, a page or text)"));
    return format.parse(response.uri().toString(), text, date, problems);
  }

  private static URI uri(String url) throws DyadInputException {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null) {
        throw new DyadInputException(url + ": not a valid URL: no host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new DyadInputException(url + ": not a valid URL: " + e.getReason());
    }
  }

  private HttpResponse<InputStream> fetch(String url, URI uri) throws DyadInputException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "Dyad/0.1 (+https://github.com/dyad)")
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.5")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new DyadInputException(url + ": cannot connect: no answer within the connect timeout", e);
    } catch (HttpTimeoutException e) {
      throw new DyadInputException(url + ": no response within " + seconds() + " s", e);
    } catch (ConnectException e) {
      throw new DyadInputException(url + ": cannot connect: " + reason(e), e);
    } catch (IOException e) {
      throw new DyadInputException(url + ": cannot fetch: " + reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DyadInputException(url + ": interrupted while fetching", e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      close(response);
      throw new DyadInputException(url + ": HTTP " + status + (status / 100 == 3 ? " (too many or unfollowable redirects)" : ""));
    }
    return response;
  }

  private byte[] body(String url, HttpResponse<InputStream> response) throws DyadInputException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      close(response);
      throw tooLarge(url);
    }
    try (InputStream in = response.body()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(url);
      }
      return bytes;
    } catch (HttpTimeoutException e) {
      throw new DyadInputException(url + ": response not complete within " + seconds() + " s", e);
    } catch (IOException e) {
      throw new DyadInputException(url + ": cannot read the response: " + reason(e), e);
    }
  }

  private String seconds() {
    return String.format(Locale.ROOT, "%.1f", timeout.toMillis() / 1000.0);
  }

  private DyadInputException tooLarge(String url) {
    String limit = maxBytes >= 1048576 ? String.format(Locale.ROOT, "%.1f MB", maxBytes / 1048576.0) : maxBytes + " bytes";
    return new DyadInputException(url + ": response is larger than the " + limit + " limit for one source");
  }

  /** The body as text in the charset the Content-Type names (UTF-8 if none); malformed bytes are an error. */
  static String decode(String url, byte[] bytes, String contentType) throws DyadInputException {
    Charset charset = charset(url, contentType);
    try {
      String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DyadInputException(url + ": response is not valid " + charset.name());
    }
  }

  private static Charset charset(String url, String contentType) throws DyadInputException {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring("charset=".length()).replace("\"", "").strip();
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new DyadInputException(url + ": unknown charset '" + name + "'");
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String reason(IOException e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // Nothing more to read; the error being reported is the status or size.
    }
  }
}
