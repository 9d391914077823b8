package io.plugboard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.CountDownLatch;

/**
 * The fastest thing the same stack does with the same request: Vert.x parses the body with Jackson and writes
 * JSON back, on the same number of event loops as {@code plugboard serve}. {@code bench/http.sh} runs it beside
 * Plugboard and prints Plugboard's figures as ratios of this one's.
 */
public final class BaselineServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineServer() {}

  /** Arguments: port [event loops]. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int eventLoops = args.length > 1 ? Integer.parseInt(args[1]) : 2 * Runtime.getRuntime().availableProcessors();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
    byte[] instance = BaselineServer.class.getResourceAsStream("/baseline-instance.json").readAllBytes();
    JsonNode stored = JSON.readTree(instance);
    vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        Router router = Router.router(vertx);
        router.post("/echo").handler(BodyHandler.create(false).setBodyLimit(64 * 1024)).handler(context -> {
          try {
            JsonNode body = JSON.readTree(context.body().buffer().getBytes());
            context.response().putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(JSON.writeValueAsBytes(body)));
          } catch (Exception e) {
            context.response().setStatusCode(400).end();
          }
        });
        router.get("/instance").handler(context -> {
          try {
            context.response().putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(JSON.writeValueAsBytes(stored)));
          } catch (Exception e) {
            context.response().setStatusCode(500).end();
          }
        });
        return vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
            .requestHandler(router).listen();
      }
    }, new DeploymentOptions().setInstances(eventLoops)).await();
    System.out.println("Baseline is listening on http://127.0.0.1:" + port);
    new CountDownLatch(1).await();
  }
}
