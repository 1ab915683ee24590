package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;

/**
 * Feeds and pages by URL: fetched with the JDK's {@link HttpClient} (a connect timeout, and one
 * timeout for the whole response, headers and body; redirects followed; a size bound), decoded by the response's charset (UTF-8 when it
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
    return read(url, null, date, problems);
  }

  /**
   * The articles at a URL read in the given format (null: chosen by the content, else the
   * Content-Type, see {@link ContentKind}).
   */
  public List<Article> read(String url, SourceFormat format, LocalDate date, List<String> problems) throws DyadInputException {
    Fetched fetched = fetch(url, uri(url), format == null);
    String contentType = fetched.contentType();
    String text;
    try {
      text = decode(url, fetched.body(), contentType);
    } catch (DyadInputException e) {
      if (format == null && ContentKind.byType(contentType).isEmpty()) {
        throw unsupported(url, contentType);
      }
      throw e;
    }
    if (text.isBlank()) {
      throw new DyadInputException(url + ": empty response");
    }
    SourceFormat chosen = format != null ? format
        : ContentKind.of(contentType, text).orElseThrow(() -> unsupported(url, contentType));
    return chosen.parse(fetched.uri().toString(), text, date, problems);
  }

  private static DyadInputException unsupported(String url, String contentType) {
    return new DyadInputException(url + ": " + unsupportedType(contentType));
  }

  private static String unsupportedType(String contentType) {
    return "unsupported content type '" + contentType.split(";")[0].strip() + "' (expected a feed, a page or text)";
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

  /** A response read whole: where it came from (after redirects), its Content-Type and its body. */
  private record Fetched(URI uri, String contentType, byte[] body) {}

  /**
   * Fetches a URL within the timeout in all: connecting, the headers and the whole body (a server
   * that trickles its response is cut at the deadline, as is one that never answers). The body is
   * not read when the status is not 2xx, when it declares more than the limit, or when {@code
   * sniff} and its Content-Type is one no reader takes (an image).
   */
  private Fetched fetch(String url, URI uri, boolean sniff) throws DyadInputException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "Dyad/0.1 (+https://github.com/dyad)")
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.5")
        .GET()
        .build();
    CompletableFuture<HttpResponse<Body>> pending = client.sendAsync(request, info -> {
      int status = info.statusCode();
      String type = info.headers().firstValue("Content-Type").orElse("");
      if (status < 200 || status > 299) {
        return new Refused("HTTP " + status + (status / 100 == 3 ? " (too many or unfollowable redirects)" : ""));
      }
      if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > maxBytes) {
        return new Refused(tooLarge());
      }
      if (sniff && ContentKind.neverText(type)) {
        return new Refused(unsupportedType(type));
      }
      return new BoundedBody(maxBytes);
    });
    HttpResponse<Body> response;
    try {
      response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new DyadInputException(url + ": no response within " + seconds() + " s", e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new DyadInputException(url + ": interrupted while fetching", e);
    } catch (ExecutionException e) {
      throw failure(url, e.getCause());
    }
    Body body = response.body();
    if (body.refusal() != null) {
      throw new DyadInputException(url + ": " + body.refusal());
    }
    return new Fetched(response.uri(), response.headers().firstValue("Content-Type").orElse(""), body.bytes());
  }

  private DyadInputException failure(String url, Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new DyadInputException(url + ": cannot connect: no answer within the connect timeout", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new DyadInputException(url + ": no response within " + seconds() + " s", cause);
    }
    if (cause instanceof TooLarge) {
      return new DyadInputException(url + ": " + tooLarge());
    }
    if (cause instanceof ConnectException || causedBy(cause, UnresolvedAddressException.class)) {
      return new DyadInputException(url + ": cannot connect: " + connectReason(cause), cause);
    }
    if (cause instanceof IOException io) {
      return new DyadInputException(url + ": cannot fetch: " + reason(io), cause);
    }
    return new DyadInputException(url + ": cannot fetch: " + cause, cause);
  }

  /** Why a connection failed, in words: the JDK's client often says only ClosedChannelException. */
  private static String connectReason(Throwable e) {
    if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
      return "unknown host";
    }
    if (causedBy(e, NoRouteToHostException.class)) {
      return "no route to host";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank() || causedBy(e, ClosedChannelException.class)
        || message.toLowerCase(Locale.ROOT).contains("connection refused")) {
      return "connection refused";
    }
    return message;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** A response body: its bytes, or why it was not read. */
  private record Body(byte[] bytes, String refusal) {
    static Body refused(String why) {
      return new Body(null, why);
    }
  }

  /** A body not to be read: the download is cancelled at once, and the answer is why. */
  private static final class Refused implements HttpResponse.BodySubscriber<Body> {
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final String why;

    Refused(String why) {
      this.why = why;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
      result.complete(Body.refused(why));
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      // cancelled
    }

    @Override
    public void onError(Throwable t) {
      result.complete(Body.refused(why));
    }

    @Override
    public void onComplete() {
      result.complete(Body.refused(why));
    }
  }

  /** The body is longer than the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Collects a body up to a limit; beyond it, cancels the download and fails with {@link TooLarge}. */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<Body> {
    private final long max;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    BoundedBody(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : buffers) {
        if (bytes.size() + (long) b.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(bytes.toByteArray(), null));
    }
  }

  private String seconds() {
    return String.format(Locale.ROOT, "%.1f", timeout.toMillis() / 1000.0);
  }

  private String tooLarge() {
    String limit = maxBytes >= 1048576 ? String.format(Locale.ROOT, "%.1f MB", maxBytes / 1048576.0) : maxBytes + " bytes";
    return "response is larger than the " + limit + " limit for one source";
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
}
