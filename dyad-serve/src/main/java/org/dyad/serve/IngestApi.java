package org.dyad.serve;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.ingest.SourceFormat;
import org.dyad.ingest.TextFiles;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.SharedStore;

/**
 * {@code POST /api/ingest}: codes and stores the articles in the body, which is one plain-text
 * article ({@code text/plain}), one HTML page ({@code text/html}) or a JSONL corpus
 * ({@code application/x-ndjson}), decoded by the charset its {@code Content-Type} declares (UTF-8
 * when none). Needs the server's token as {@code Authorization: Bearer TOKEN} (the scheme in any
 * case, RFC 6750); a server started without a token is read-only. The articles' outlet is the
 * JSONL line's {@code source} field, else the {@code source} parameter, else one outlet per
 * token ({@code api:} and the start of the token's SHA-256), so that one client's posts read as
 * one outlet and fused events count their sources right.
 */
final class IngestApi {
  static final Set<String> PARAMS = Set.of("id", "title", "date", "source");

  private final Pipeline.Settings settings;
  private final SharedStore store;
  private final byte[] token;
  private final String tokenOutlet;
  private Pipeline pipeline;

  /** @param token the write token, or {@code null} for a read-only server */
  IngestApi(Pipeline.Settings settings, SharedStore store, String token) {
    this.settings = settings;
    this.store = store;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.tokenOutlet = token == null ? null : outletOf(this.token);
  }

  /** The outlet of the posts made with a token: "api:" and the first 8 hex digits of its SHA-256 (the token is not shown). */
  static String outletOf(byte[] token) {
    try {
      return "api:" + java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token)).substring(0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  void ingest(Context ctx) throws DyadInputException {
    authorize(ctx);
    // The raw header: the servlet API's content type fails on an unknown charset.
    String contentType = ctx.header("Content-Type");
    Charset charset = charset(contentType);
    Params p = Params.of(ctx, PARAMS);
    LocalDate date = p.date("date");
    SourceFormat format = format(contentType);
    String body;
    try {
      body = TextFiles.text("request body", ctx.bodyAsBytes(), charset);
    } catch (DyadInputException e) {
      throw new BadRequest(null, e.getMessage() + "; send an article as text/plain, text/html or application/x-ndjson in UTF-8"
          + " or the charset its Content-Type names");
    }
    String id = p.text("id") != null ? p.text("id") : "api:" + Integer.toHexString(body.hashCode());
    String outlet = p.text("source") != null ? p.text("source") : tokenOutlet;
    List<String> problems = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    for (Article a : format.parse(id, body, date, problems)) {
      // The readers name the outlet after the input (a JSONL line after its line, "id:7") when the article gives none.
      boolean unnamed = a.source().equals(id) || a.source().startsWith(id + ":") && a.source().substring(id.length() + 1).matches("\\d+");
      String source = unnamed ? outlet : a.source();
      String title = format == SourceFormat.TEXT && p.text("title") != null ? p.text("title") : a.title();
      articles.add(new Article(a.id(), source, title, a.date(), a.text()));
    }
    for (Article a : articles) {
      if (a.date() == null) {
        problems.add(a.id() + ": no date (give date=YYYY-MM-DD, or a 'published' field in JSONL): stored undated, so its events count in"
            + " dyads and exports but in no timeline, alert or date filter until dated with 'dyad date'");
      }
    }
    if (articles.isEmpty()) {
      throw new BadRequest(null, "no article in the body" + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
    }
    Pipeline.Ingested result = pipeline().ingest(articles, store);
    List<String> all = new ArrayList<>(problems);
    all.addAll(result.problems());
    ctx.status(result.stored() > 0 ? 201 : 200).json(new Pipeline.Ingested(result.articles(), result.stored(), result.events(), all));
  }

  /** The pipeline, loaded on the first post: a read-only server never loads the models. */
  private synchronized Pipeline pipeline() throws DyadInputException {
    if (pipeline == null) {
      try {
        pipeline = Pipeline.load(settings);
      } catch (DyadInputException e) {
        throw e;
      } catch (java.io.IOException e) {
        throw new DyadInputException("cannot load the coding pipeline: " + e.getMessage(), e);
      }
    }
    return pipeline;
  }

  private void authorize(Context ctx) {
    if (token == null) {
      throw new ForbiddenResponse("this server is read-only: start it with --token or DYAD_TOKEN to accept writes");
    }
    String header = ctx.header("Authorization");
    String scheme = "Bearer ";
    String given = header != null && header.regionMatches(true, 0, scheme, 0, scheme.length())
        ? header.substring(scheme.length()).strip() : "";
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedResponse("a valid token is required: send it as 'Authorization: Bearer TOKEN'");
    }
  }

  /** The charset a Content-Type declares, UTF-8 when it declares none; an unknown one is a bad request. */
  static Charset charset(String contentType) {
    for (String part : (contentType == null ? "" : contentType).split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, "charset=".length())) {
        String name = p.substring("charset=".length()).replace("\"", "").strip();
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException e) {
          throw new BadRequest("Content-Type", "names an unknown charset '" + name + "'");
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static SourceFormat format(String contentType) {
    String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/plain", "" -> SourceFormat.TEXT;
      case "text/html" -> SourceFormat.HTML;
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> SourceFormat.JSONL;
      default -> throw new BadRequest("Content-Type", "must be text/plain, text/html or application/x-ndjson, not '" + type + "'");
    };
  }
}
