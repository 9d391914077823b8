package io.plugboard.adapter.http;

import io.plugboard.wire.ErrorJson;
import io.plugboard.wire.JsonOutput;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.plugboard.domain.Violation;
import java.util.List;

/** Writes JSON answers: every one carries the request id; those with a token are never cached. */
final class Responses {
  static final String REQUEST_ID_HEADER = "Elements-Request-Id";
  static final String REQUEST_ID_KEY = "plugboard.requestId";
  // Encoded and checked once, not on every response.
  static final CharSequence REQUEST_ID_NAME = HttpHeaders.createOptimized(REQUEST_ID_HEADER);
  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
  private static final CharSequence PRAGMA = HttpHeaders.createOptimized("Pragma");
  private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");

  private Responses() {}

  static String requestId(RoutingContext context) {
    String id = context.get(REQUEST_ID_KEY);
    return id == null ? "unknown" : id;
  }

  static void json(RoutingContext context, int status, byte[] body) {
    HttpServerResponse response = context.response();
    if (response.ended()) {
      return;
    }
    response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(Buffer.buffer(body));
  }

  static void jsonNotCached(RoutingContext context, int status, byte[] body) {
    context.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE).putHeader(PRAGMA, NO_CACHE);
    json(context, status, body);
  }

  static void error(RoutingContext context, int status, String message, List<Violation> errors) {
    String requestId = requestId(context);
    json(context, status, JsonOutput.compact(json -> ErrorJson.write(json, requestId, message, errors, null)));
  }
}
