package io.plugboard.adapter.http;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.domain.Instance;
import io.plugboard.wire.AuthorizationHeader;
import io.plugboard.wire.CreateInstanceRequestReader;
import io.plugboard.wire.ElementJson;
import io.plugboard.wire.InstanceJson;
import io.plugboard.wire.JsonOutput;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Open Connectors routes under {@value #BASE}. Requests are parsed and answered on the event loop. Use cases
 * that may wait for the store run on a worker pool, unordered, so a slow store never holds up other requests; a
 * caller and an instance the stores hold in memory are read on the event loop, and a write whose caller is known
 * is handed to the store from there, since handing over never waits.
 */
public final class Routes {
  public static final String BASE = "/elements/api-v2";
  /** Compiled once: String.matches compiled it for every request, 2 % of a GET. */
  private static final Pattern INSTANCE_ID = Pattern.compile("[0-9]{1,18}");

  private final UseCases useCases;
  private final WorkerExecutor workers;
  private final HttpConfig config;

  private Routes(UseCases useCases, WorkerExecutor workers, HttpConfig config) {
    this.useCases = useCases;
    this.workers = workers;
    this.config = config;
  }

  /** Every route, with request ids, limits and the JSON error handling of the whole API. */
  public static Router router(Vertx vertx, UseCases useCases, WorkerExecutor workers, HttpConfig config) {
    return new Routes(useCases, workers, config).build(vertx);
  }

  private Router build(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().order(-100).handler(this::assignRequestId);

    // Vert.x wants the body handler first on its route, so the media type is checked by a route of its own.
    router.post(BASE + "/instances").order(-1).handler(this::requireJson);
    router.post(BASE + "/instances")
        .handler(BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes()))
        .handler(this::createInstance);
    router.get(BASE + "/instances").handler(this::listInstances);
    router.get(BASE + "/instances/:id").handler(this::getInstance);
    router.delete(BASE + "/instances/:id").handler(this::deleteInstance);
    router.get(BASE + "/elements").handler(this::listElements);
    router.get(BASE + "/elements/keys").handler(this::listElementKeys);
    router.get(BASE + "/elements/:keyOrId").handler(this::getElement);
    router.get(BASE + "/elements/:keyOrId/configuration").handler(this::getElementConfiguration);
    router.get(BASE + "/openapi.json").handler(OpenApi::serve);
    Console.mount(router);

    router.route().failureHandler(this::failure);
    router.errorHandler(404, context -> Responses.error(context, 404,
        "No route " + context.request().method() + " " + context.request().path()
            + "; the API is described at " + BASE + "/openapi.json", List.of()));
    router.errorHandler(405, context -> Responses.error(context, 405,
        "Method " + context.request().method() + " is not allowed on " + context.request().path(), List.of()));
    router.errorHandler(413, this::bodyTooLarge);
    router.errorHandler(415, context -> Responses.error(context, 415,
        "Send the body as JSON, with Content-Type: application/json", List.of()));
    router.errorHandler(500, context -> ErrorMapper.respond(context, context.failure()));
    return router;
  }

  private void assignRequestId(RoutingContext context) {
    String id = RequestIds.next();
    context.put(Responses.REQUEST_ID_KEY, id);
    context.response().putHeader(Responses.REQUEST_ID_NAME, id);
    context.next();
  }

  private void requireJson(RoutingContext context) {
    String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
    String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      context.fail(415);
      return;
    }
    context.next();
  }

  /** Refuses the rest of an oversized body unread: the connection is closed once the answer is sent. */
  private void bodyTooLarge(RoutingContext context) {
    context.response().putHeader(HttpHeaders.CONNECTION, "close");
    context.response().endHandler(done -> context.request().connection().close());
    Responses.error(context, 413, "The request body is larger than " + config.bodyLimitBytes() / 1024
        + " KiB", List.of());
  }

  private void failure(RoutingContext context) {
    Throwable failure = context.failure();
    if (failure == null && context.statusCode() == 413) {
      bodyTooLarge(context);
    } else if (failure == null && context.statusCode() == 415) {
      Responses.error(context, 415, "Send the body as JSON, with Content-Type: application/json", List.of());
    } else if (failure == null && context.statusCode() == 400) {
      Responses.error(context, 400, "The request could not be read", List.of());
    } else {
      ErrorMapper.respond(context, failure);
    }
  }

  private void createInstance(RoutingContext context) {
    byte[] body = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
    var command = CreateInstanceRequestReader.read(body);
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    durable(context, authorization, caller -> useCases.createInstance().createInstanceAsync(caller, command))
        .onSuccess(created -> Responses.jsonNotCached(context, 200,
        JsonOutput.compact(json -> InstanceJson.write(json, created.instance(), created.token()))));
  }

  private void listInstances(RoutingContext context) {
    List<String> tags = new ArrayList<>(context.queryParam("tags[]"));
    tags.addAll(context.queryParam("tags"));
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    blocking(context, () -> useCases.listInstances().listInstances(authenticate(authorization),
        new InstanceQuery(tags)))
        .onSuccess(instances -> Responses.json(context, 200,
            JsonOutput.compact(json -> InstanceJson.writeList(json, instances))));
  }

  private void getInstance(RoutingContext context) {
    long id = instanceId(context);
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    Optional<Caller> remembered = rememberedCaller(authorization);
    Optional<Instance> inMemory = remembered
        .flatMap(caller -> useCases.getInstance().getInstanceWithoutWaiting(caller, id));
    (inMemory.isPresent() ? Future.succeededFuture(inMemory.get()) : blocking(context, () -> useCases.getInstance()
        .getInstance(remembered.orElseGet(() -> authenticate(authorization)), id)))
        .onSuccess(instance -> Responses.json(context, 200,
            JsonOutput.compact(json -> InstanceJson.write(json, instance, null))));
  }

  private void deleteInstance(RoutingContext context) {
    long id = instanceId(context);
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    durable(context, authorization, caller -> useCases.deleteInstance().deleteInstanceAsync(caller, id))
        .onSuccess(deleted -> context.response().setStatusCode(200).end());
  }

  private void listElements(RoutingContext context) {
    readCatalog(context, () -> useCases.listElements().listElements(),
        elements -> JsonOutput.compact(json -> ElementJson.writeElements(json, elements)));
  }

  private void listElementKeys(RoutingContext context) {
    readCatalog(context, () -> useCases.listElements().listElements(),
        elements -> JsonOutput.compact(json -> ElementJson.writeKeys(json, elements)));
  }

  private void getElement(RoutingContext context) {
    String keyOrId = context.pathParam("keyOrId");
    readCatalog(context, () -> useCases.getElement().getElement(keyOrId),
        element -> JsonOutput.compact(json -> ElementJson.writeElement(json, element)));
  }

  private void getElementConfiguration(RoutingContext context) {
    String keyOrId = context.pathParam("keyOrId");
    readCatalog(context, () -> useCases.getElement().getElement(keyOrId),
        element -> JsonOutput.compact(json -> ElementJson.writeDefinitions(json, element.configuration())));
  }

  /**
   * The catalog is public, as Open Connectors documents it; credentials, when sent, must still be right, so
   * that a client with a wrong secret learns it on its first call.
   */
  private <T> void readCatalog(RoutingContext context, Callable<T> read,
      Function<T, byte[]> write) {
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    blocking(context, () -> {
      if (authorization != null) {
        authenticate(authorization);
      }
      return read.call();
    }).onSuccess(result -> Responses.json(context, 200, write.apply(result)));
  }

  private Caller authenticate(String authorization) {
    return useCases.authenticate().authenticate(
        AuthorizationHeader.parse(authorization).orElseThrow(NotAuthenticatedException::new));
  }

  /** The caller, when its secrets can be checked from memory; empty when that needs the store, or they are wrong. */
  private Optional<Caller> rememberedCaller(String authorization) {
    return AuthorizationHeader.parse(authorization).flatMap(useCases.authenticate()::authenticateWithoutWaiting);
  }

  private static long instanceId(RoutingContext context) {
    String raw = context.pathParam("id");
    if (INSTANCE_ID.matcher(raw).matches() && Long.parseLong(raw) > 0) {
      return Long.parseLong(raw);
    }
    throw new HttpProblem(400, "An instance id is a positive whole number; '"
        + (raw.length() > 40 ? raw.substring(0, 40) + "..." : raw) + "' is not one");
  }

  private <T> Future<T> blocking(RoutingContext context, Callable<T> work) {
    return workers.executeBlocking(work, false).onFailure(failure -> ErrorMapper.respond(context, failure));
  }

  /**
   * Hands the write to the store, from this event loop when the caller is known from memory, else from a worker
   * that checks the caller first (which may read the disk). The answer comes back to this event loop once the
   * store has made the write durable.
   */
  private <T> Future<T> durable(RoutingContext context, String authorization,
      Function<Caller, CompletionStage<T>> write) {
    Context eventLoop = Vertx.currentContext();
    Optional<Caller> caller = rememberedCaller(authorization);
    Future<CompletionStage<T>> handedOver = caller.isPresent()
        ? startedHere(() -> write.apply(caller.get()))
        : workers.executeBlocking(() -> write.apply(authenticate(authorization)), false);
    return handedOver.compose(stage -> Future.fromCompletionStage(stage, eventLoop))
        .onFailure(failure -> ErrorMapper.respond(context, failure));
  }

  /** Rejected input, for one, is thrown before anything is handed over. */
  private static <T> Future<T> startedHere(Callable<T> start) {
    try {
      return Future.succeededFuture(start.call());
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }

  /** The routes this class serves, as "METHOD path" with OpenAPI-style parameters, for the OpenAPI check. */
  static List<String> declared(Router router) {
    Set<String> routes = new LinkedHashSet<>();
    router.getRoutes().forEach(route -> {
      if (route.getPath() != null && route.getPath().startsWith(BASE) && route.methods() != null) {
        for (HttpMethod method : route.methods()) {
          routes.add(method.name() + " " + route.getPath().replaceAll(":([A-Za-z]+)", "{$1}"));
        }
      }
    });
    return List.copyOf(routes);
  }
}
