package io.plugboard.adapter.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The web console: static files from this adapter's resources, under a strict Content-Security-Policy (no inline
 * script, nothing from another origin), talking only to the public API.
 */
final class Console {
  static final String PATH = "/console/";
  private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private Console() {}

  static void mount(Router router) {
    router.getWithRegex("/|/console").handler(Console::redirect);
    router.get(PATH + "*").handler(Console::securityHeaders)
        .handler(StaticHandler.create("io/plugboard/adapter/http/console").setCachingEnabled(false)
            .setDirectoryListing(false).setIncludeHidden(false));
  }

  private static void redirect(RoutingContext context) {
    context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, PATH).end();
  }

  private static void securityHeaders(RoutingContext context) {
    context.response()
        .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    context.next();
  }
}
