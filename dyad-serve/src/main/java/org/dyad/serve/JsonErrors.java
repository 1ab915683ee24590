package org.dyad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers as {@link ApiError} JSON. Some requests never reach Javalin: a URI
 * longer than the request header buffer (414), a path that climbs above the root such as
 * {@code /../../etc/passwd} or one Jetty finds ambiguous (400), headers too large (431). Jetty
 * answers those itself, by default with an HTML page; the API promises JSON for every error, so
 * the server's error handler is this one. Thread-safe (no state but the mapper).
 */
final class JsonErrors extends ErrorHandler {
  private final ObjectMapper json;

  JsonErrors(ObjectMapper json) {
    this.json = json;
  }

  /** What an error status of Jetty's own means to a client, in the API's words. */
  static String why(int status, String jettyMessage) {
    return switch (status) {
      case 414 -> "the request URI is longer than the server accepts (" + DyadServer.MAX_HEADER_BYTES / 1024 + " KB with the headers)";
      case 431 -> "the request headers are larger than the server accepts (" + DyadServer.MAX_HEADER_BYTES / 1024 + " KB)";
      case 400 -> "bad request" + (jettyMessage == null || jettyMessage.isBlank() || jettyMessage.equals("Bad Request") ? "" : ": "
          + jettyMessage) + " (a path may not climb above the root or hold encoded separators)";
      default -> jettyMessage == null || jettyMessage.isBlank() ? "HTTP " + status : jettyMessage;
    };
  }

  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback) {
    byte[] body;
    try {
      body = json.writeValueAsBytes(ApiError.of(why(status, message)));
    } catch (JsonProcessingException e) {
      body = ("{\"error\":\"HTTP " + status + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy", DyadServer.CSP);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
