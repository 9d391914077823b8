package io.plugboard.adapter.http;

import java.time.Duration;

/**
 * How the HTTP server listens and what it accepts.
 *
 * @param workerPoolSize threads that run use cases off the event loop; writes do not hold them while the store
 *     commits, so a few per core are enough
 * @param shutdownGrace how long in-flight requests may take to finish when the server stops
 */
public record HttpConfig(String host, int port, int bodyLimitBytes, int workerPoolSize, Duration shutdownGrace) {
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int BODY_LIMIT = 64 * 1024;

  public static HttpConfig defaults(String host, int port) {
    int workers = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    return new HttpConfig(host, port, BODY_LIMIT, workers, Duration.ofSeconds(30));
  }
}
