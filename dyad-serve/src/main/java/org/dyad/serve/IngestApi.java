package org.dyad.serve;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
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
 * ({@code application/x-ndjson}). Needs the server's token as {@code Authorization: Bearer TOKEN};
 * a server started without a token is read-only.
 */
final class IngestApi {
  static final Set<String> PARAMS = Set.of("id", "title", "date");

  private final Pipeline.Settings settings;
  private final SharedStore store;
  private final byte[] token;
  private Pipeline pipeline;

  /** @param token the write token, or {@code null} for a read-only server */
  IngestApi(Pipeline.Settings settings, SharedStore store, String token) {
    this.settings = settings;
    this.store = store;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void ingest(Context ctx) throws DyadInputException {
    authorize(ctx);
    Params p = Params.of(ctx, PARAMS);
    LocalDate date = p.date("date");
    String body;
    try {
      body = TextFiles.text("request body", ctx.bodyAsBytes());
    } catch (DyadInputException e) {
      throw new BadRequest(null, e.getMessage() + "; send an article as text/plain, text/html or application/x-ndjson in UTF-8");
    }
    SourceFormat format = format(ctx.contentType());
    String id = p.text("id") != null ? p.text("id") : "api:" + Integer.toHexString(body.hashCode());
    List<String> problems = new ArrayList<>();
    List<Article> articles = new ArrayList<>(format.parse(id, body, date, problems));
    if (format == SourceFormat.TEXT && p.text("title") != null) {
      Article a = articles.get(0);
      articles.set(0, new Article(a.id(), a.source(), p.text("title"), a.date(), a.text()));
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
    String given = header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : "";
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedResponse("a valid token is required: send it as 'Authorization: Bearer TOKEN'");
    }
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
