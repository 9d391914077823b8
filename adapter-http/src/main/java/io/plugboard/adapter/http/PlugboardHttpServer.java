package io.plugboard.adapter.http;

import io.plugboard.application.port.in.UseCases;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server: one verticle per event loop, all on the same port, sharing one worker pool for use cases.
 * Stopping lets in-flight requests finish within the configured grace.
 */
public final class PlugboardHttpServer {
  private final Vertx vertx;
  private final WorkerExecutor workers;
  private final int port;
  private final List<String> deployments;
  private boolean stopped;

  private PlugboardHttpServer(Vertx vertx, WorkerExecutor workers, int port, List<String> deployments) {
    this.vertx = vertx;
    this.workers = workers;
    this.port = port;
    this.deployments = List.copyOf(deployments);
  }

  /** Listens on the configured host and port (0 picks a free port); fails if the port is taken. */
  public static Future<PlugboardHttpServer> start(Vertx vertx, UseCases useCases, HttpConfig config,
      int eventLoops) {
    WorkerExecutor workers = vertx.createSharedWorkerExecutor("plugboard-use-cases", config.workerPoolSize());
    List<ListeningVerticle> verticles = new CopyOnWriteArrayList<>();
    return vertx.deployVerticle(() -> {
          ListeningVerticle verticle = new ListeningVerticle(useCases, workers, config);
          verticles.add(verticle);
          return verticle;
        }, new DeploymentOptions().setInstances(Math.max(1, eventLoops)))
        .map(id -> new PlugboardHttpServer(vertx, workers, samePort(verticles), List.of(id)))
        .onFailure(failure -> workers.close());
  }

  /** Vert.x shares one listening socket among the instances, port 0 included; this checks it did. */
  private static int samePort(List<ListeningVerticle> verticles) {
    int port = verticles.get(0).actualPort();
    for (ListeningVerticle verticle : verticles) {
      if (verticle.actualPort() != port) {
        throw new IllegalStateException("HTTP server instances listen on different ports");
      }
    }
    return port;
  }

  public int port() {
    return port;
  }

  /** Undeploys the verticles (each server shuts down gracefully), then releases the worker pool. Idempotent. */
  public synchronized Future<Void> stop() {
    if (stopped) {
      return Future.succeededFuture();
    }
    stopped = true;
    Future<Void> undeployed = Future.succeededFuture();
    for (String id : deployments) {
      undeployed = undeployed.compose(v -> vertx.undeploy(id));
    }
    return undeployed.eventually(() -> workers.close());
  }

  private static final class ListeningVerticle extends VerticleBase {
    private final UseCases useCases;
    private final WorkerExecutor workers;
    private final HttpConfig config;
    private HttpServer server;

    ListeningVerticle(UseCases useCases, WorkerExecutor workers, HttpConfig config) {
      this.useCases = useCases;
      this.workers = workers;
      this.config = config;
    }

    @Override
    public Future<?> start() {
      HttpServerOptions options = new HttpServerOptions()
          .setHost(config.host())
          // A negative port asks Vert.x for one random port shared by every instance; 0 would give each its own.
          .setPort(config.port() == 0 ? -1 : config.port())
          .setMaxHeaderSize(32 * 1024)
          .setMaxInitialLineLength(8 * 1024)
          .setIdleTimeout(60)
          .setCompressionSupported(false)
          .setHttp2ClearTextEnabled(false);
      return vertx.createHttpServer(options)
          .requestHandler(Routes.router(vertx, useCases, workers, config))
          .listen()
          .onSuccess(listening -> server = listening);
    }

    @Override
    public Future<?> stop() {
      return server == null ? Future.succeededFuture()
          : server.shutdown(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
    }

    int actualPort() {
      return server.actualPort();
    }
  }
}
