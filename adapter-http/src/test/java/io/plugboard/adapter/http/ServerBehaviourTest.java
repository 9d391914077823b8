package io.plugboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.application.port.out.UnreadableInstanceException;
import io.plugboard.domain.Instance;
import io.plugboard.domain.NewInstance;
import io.plugboard.testkit.InMemoryInstanceStore;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServerBehaviourTest {
  /** A store whose every call does what the test says. */
  private static class ScriptedStore implements InstanceStore {
    final InMemoryInstanceStore delegate = new InMemoryInstanceStore();
    volatile RuntimeException failure;
    volatile CountDownLatch gate;
    /** Whether the store answers from memory, as the SQLite store does for the instances it holds. */
    volatile boolean holdsInMemory;

    private void before() {
      if (gate != null) {
        try {
          gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failure != null) {
        throw failure;
      }
    }

    /** Like a real store, a slow or failing write holds no thread: its stage completes when the gate opens. */
    @Override
    public CompletionStage<Instance> add(NewInstance instance, SecretDigest tokenDigest) {
      return CompletableFuture.runAsync(this::before).thenCompose(ready -> delegate.add(instance, tokenDigest));
    }

    @Override
    public Optional<Instance> find(long organizationId, long id) {
      before();
      return delegate.find(organizationId, id);
    }

    @Override
    public Optional<Instance> findInMemory(long organizationId, long id) {
      return holdsInMemory ? delegate.findInMemory(organizationId, id) : Optional.empty();
    }

    @Override
    public List<Instance> list(long organizationId, InstanceQuery query) {
      before();
      return delegate.list(organizationId, query);
    }

    @Override
    public CompletionStage<Boolean> delete(long organizationId, long id) {
      return CompletableFuture.runAsync(this::before).thenCompose(ready -> delegate.delete(organizationId, id));
    }
  }

  @Test
  void a_slow_store_does_not_hold_up_other_requests() throws Exception {
    ScriptedStore store = new ScriptedStore();
    try (HttpTestServer server = new HttpTestServer(store)) {
      store.gate = new CountDownLatch(1);
      CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
          () -> server.post("/instances", server.acme, SeedExampleTest.SEED_BODY));
      CompletableFuture<HttpResponse<String>> slowToo = CompletableFuture.supplyAsync(
          () -> server.get("/instances", server.acme));

      HttpResponse<String> quick = server.get("/elements/keys", server.acme);

      assertThat(quick.statusCode()).isEqualTo(200);
      assertThat(slow).isNotDone();
      assertThat(slowToo).isNotDone();
      store.gate.countDown();
      assertThat(slow.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(slowToo.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void an_instance_the_store_holds_in_memory_is_read_while_the_store_is_slow() throws Exception {
    ScriptedStore store = new ScriptedStore();
    try (HttpTestServer server = new HttpTestServer(store)) {
      long id = HttpTestServer.json(server.post("/instances", server.acme, SeedExampleTest.SEED_BODY)).get("id").asLong();
      store.holdsInMemory = true;
      store.gate = new CountDownLatch(1);
      CompletableFuture<HttpResponse<String>> list = CompletableFuture.supplyAsync(
          () -> server.get("/instances", server.acme));

      HttpResponse<String> read = server.get("/instances/" + id, server.acme);

      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(HttpTestServer.json(read).get("name").asText()).isEqualTo("API Instance");
      assertThat(list).isNotDone();
      store.gate.countDown();
      assertThat(list.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(server.get("/instances/" + id, server.globex).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void an_unexpected_failure_is_500_with_the_request_id_and_nothing_else() {
    ScriptedStore store = new ScriptedStore();
    try (HttpTestServer server = new HttpTestServer(store)) {
      store.failure = new IllegalStateException("internal detail: SELECT secret FROM somewhere");
      HttpResponse<String> response = server.get("/instances", server.acme);

      assertThat(response.statusCode()).isEqualTo(500);
      String requestId = response.headers().firstValue("Elements-Request-Id").orElseThrow();
      JsonNode body = HttpTestServer.json(response);
      assertThat(body.get("requestId").asText()).isEqualTo(requestId);
      assertThat(body.get("message").asText())
          .isEqualTo("An unexpected error occurred. Give this request id to your administrator: " + requestId);
      assertThat(response.body()).doesNotContain("SELECT").doesNotContain("IllegalState");
    }
  }

  @Test
  void an_undecryptable_instance_is_500_and_the_log_names_the_instance_and_nothing_secret() throws Exception {
    ScriptedStore store = new ScriptedStore();
    try (HttpTestServer server = new HttpTestServer(store)) {
      store.failure = new UnreadableInstanceException(7, null);
      HttpResponse<String> response = server.get("/instances/7", server.acme);

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).doesNotContain("decrypt");
      String requestId = response.headers().firstValue("Elements-Request-Id").orElseThrow();
      String logLine = logLineOf(requestId);
      assertThat(logLine).contains("instance 7 cannot be decrypted")
          .doesNotContain(server.acme.userSecret()).doesNotContain(server.acme.organizationSecret());
    }
  }

  /** The error is logged before the answer is written, and the logger flushes each line. */
  private static String logLineOf(String requestId) throws Exception {
    return Files.readAllLines(Path.of("target/http-tests.log")).stream().filter(l -> l.contains(requestId))
        .findFirst().orElseThrow(() -> new AssertionError("no log line for request " + requestId));
  }

  @Test
  void an_unavailable_store_is_503() {
    ScriptedStore store = new ScriptedStore();
    try (HttpTestServer server = new HttpTestServer(store)) {
      store.failure = new StoreUnavailableException("The database could not save the instance: the disk is full",
          null);
      HttpResponse<String> response = server.post("/instances", server.acme, SeedExampleTest.SEED_BODY);
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(HttpTestServer.json(response).get("message").asText())
          .startsWith("The store is unavailable; try again later. Request id: ");
    }
  }
}
