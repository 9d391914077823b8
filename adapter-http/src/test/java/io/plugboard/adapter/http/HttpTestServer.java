package io.plugboard.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NewAccount;
import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.application.service.UseCaseFactory;
import io.plugboard.testkit.InMemoryAccountStore;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InMemoryInstanceStore;
import io.plugboard.testkit.TestSecrets;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/** A real server on a free port over the test kit's in-memory stores, and a real HTTP client. */
final class HttpTestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Vertx vertx = Vertx.vertx();
  final InstanceStore instances;
  final UseCases useCases;
  final Credentials acme;
  final Credentials globex;
  final PlugboardHttpServer server;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  HttpTestServer() {
    this(new InMemoryInstanceStore());
  }

  HttpTestServer(InstanceStore instances) {
    this(instances, InMemoryElementCatalog.standard());
  }

  HttpTestServer(InstanceStore instances, ElementCatalog catalog) {
    this.instances = instances;
    TestSecrets secrets = new TestSecrets();
    useCases = UseCaseFactory.create(catalog, instances, new InMemoryAccountStore(), secrets, secrets,
        Clock.systemUTC());
    NewAccount acmeAccount = useCases.createAccount().createAccount(new CreateAccountCommand("Acme", "a@acme.test"));
    NewAccount globexAccount =
        useCases.createAccount().createAccount(new CreateAccountCommand("Globex", "g@globex.test"));
    acme = acmeAccount.credentials();
    globex = globexAccount.credentials();
    server = PlugboardHttpServer.start(vertx, useCases, HttpConfig.defaults("127.0.0.1", 0), 2)
        .await();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + Routes.BASE + path);
  }

  HttpRequest.Builder request(String path, Credentials credentials) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (credentials != null) {
      builder.header("Authorization", credentials.authorizationHeader());
    }
    return builder;
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, Credentials credentials) {
    return send(request(path, credentials).GET().build());
  }

  HttpResponse<String> post(String path, Credentials credentials, String body) {
    return send(request(path, credentials).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> delete(String path, Credentials credentials) {
    return send(request(path, credentials).DELETE().build());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    server.stop().await();
    vertx.close().await();
  }
}
