package org.dyad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dyad.ingest.TextFiles;
import org.dyad.model.DyadInputException;
import org.dyad.ontology.CameoOntology;
import org.dyad.pipeline.CoderVersion;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventStore;
import org.dyad.store.SharedStore;

/**
 * Dyad's HTTP server: the JSON API under {@code /api}, its OpenAPI description at
 * {@code /openapi.json}, and the dashboard (static files and WebJars from the classpath) at
 * {@code /}. Every route is declared here, in the Javalin config, so this is the one place to read
 * what the server answers. Errors are JSON ({@link ApiError}), never a stack trace.
 */
public final class DyadServer {
  /** Default bound on a request body: the CLI's bound on an article file. */
  public static final long MAX_BODY_BYTES = TextFiles.DEFAULT_MAX_BYTES;

  /** Content-Security-Policy of every response: only this server's own scripts, no inline script. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  /** Response header naming the version of the coder that codes posted articles ({@code CoderVersion}). */
  public static final String CODER_HEADER = "X-Dyad-Coder";

  private DyadServer() {}

  /** The version of the coder the settings build, from its files: no model is loaded for it. */
  private static String coderVersion(Pipeline.Settings pipeline) {
    try {
      return CoderVersion.of(pipeline).toString();
    } catch (DyadInputException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How to serve.
   *
   * @param store the events to serve
   * @param pipeline how to build the pipeline that codes and stores posted articles; it is built
   *     on the first post, so a read-only server starts without loading the models
   * @param token the write token, or {@code null} for a read-only server
   * @param maxBodyBytes the largest request body accepted
   */
  public record Settings(EventStore store, Pipeline.Settings pipeline, String token, long maxBodyBytes) {}

  /** A server over the settings' store, not started yet: call {@code start(host, port)}. */
  public static Javalin create(Settings settings) {
    SharedStore store = new SharedStore(settings.store());
    ReadApi read = new ReadApi(store, CameoOntology.load());
    IngestApi write = new IngestApi(settings.pipeline(), store, settings.token());
    byte[] openApi = resource("openapi.json");
    String coder = coderVersion(settings.pipeline());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper(), false));
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/dyad/serve/public";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
      });
      config.staticFiles.enableWebjars();
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header(CODER_HEADER, coder);
      });
      config.routes.get("/api/events", read::events);
      config.routes.get("/api/events/{id}", read::event);
      config.routes.get("/api/dyads", read::dyads);
      config.routes.get("/api/timeline", read::timeline);
      config.routes.get("/api/alerts", read::alerts);
      config.routes.get("/api/articles", read::articles);
      config.routes.get("/api/articles/{hash}", read::article);
      config.routes.get("/api/stats", read::stats);
      config.routes.get("/api/codes", read::codes);
      config.routes.post("/api/ingest", write::ingest);
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      errors(config);
    });
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(new ApiError(e.getMessage(), e.parameter())));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(ApiError.of(e.getMessage())));
    config.routes.exception(DyadInputException.class, (e, ctx) -> ctx.status(500).json(ApiError.of(e.getMessage())));
    config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).json(ApiError.of("internal error: " + e.getClass().getSimpleName())));
    config.routes.error(404, ctx -> notFound(ctx));
    config.routes.error(413, ctx -> ctx.json(ApiError.of("the request body is larger than the server accepts")));
  }

  private static void notFound(Context ctx) {
    if (ctx.path().startsWith("/api") && ctx.result() == null) {
      ctx.json(ApiError.of("no such endpoint: " + ctx.method() + " " + ctx.path()));
    }
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private static byte[] resource(String name) {
    try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + DyadServer.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
