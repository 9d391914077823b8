package io.plugboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plugboard.application.port.in.UseCases;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenApiTest {
  @Test
  void the_document_describes_exactly_the_routes_the_server_has() throws IOException {
    Vertx vertx = Vertx.vertx();
    try {
      UseCases none = new UseCases(null, null, null, null, null, null, null, null, null);
      Router router = Routes.router(vertx, none, vertx.createSharedWorkerExecutor("test"),
          HttpConfig.defaults("127.0.0.1", 0));
      List<String> served = Routes.declared(router).stream()
          .map(route -> route.replace(Routes.BASE, "")).toList();

      JsonNode document = HttpTestServer.JSON.readTree(OpenApi.document());
      List<String> documented = new ArrayList<>();
      document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
          method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

      assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
      assertThat(served).contains("POST /instances", "GET /instances/{id}", "DELETE /instances/{id}");
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void the_server_serves_the_document() {
    try (HttpTestServer server = new HttpTestServer()) {
      JsonNode document = HttpTestServer.json(server.get("/openapi.json", null));
      assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
      assertThat(document.get("paths").has("/instances")).isTrue();
    }
  }
}
