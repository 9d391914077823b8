package io.plugboard.adapter.http;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document that describes every route; a test holds it and the router to each other. */
final class OpenApi {
  static final String RESOURCE = "openapi.json";
  private static final byte[] DOCUMENT = load();

  private OpenApi() {}

  static void serve(RoutingContext context) {
    Responses.json(context, 200, DOCUMENT);
  }

  static byte[] document() {
    return DOCUMENT.clone();
  }

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
