package io.plugboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.InstanceQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per row of SPEC §2.3, per authentication failure, and per kind of bad input. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorsAndLimitsTest {
  private static final String UNAUTHORIZED = "Invalid Organization or User secret, or invalid Element token provided.";
  private static HttpTestServer server;

  @BeforeAll
  static void start() {
    server = new HttpTestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void nothingWasStoredAndTheServerIsUp() {
    assertThat(server.instances.list(1, InstanceQuery.all())).as("nothing stored").isEmpty();
    assertThat(server.get("/elements/keys", null).statusCode()).as("server still answers").isEqualTo(200);
  }

  private static JsonNode assertError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    String requestId = response.headers().firstValue("Elements-Request-Id").orElseThrow();
    JsonNode body = HttpTestServer.json(response);
    assertThat(body.get("requestId").asText()).isEqualTo(requestId);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("io.plugboard").doesNotContain("\tat ");
    return body;
  }

  private static HttpResponse<String> create(String body) {
    return server.post("/instances", server.acme, body);
  }

  // 400

  @Test
  void malformed_json_is_400() {
    JsonNode body = assertError(create("{\"name\": \"x\",}"), 400);
    assertThat(body.get("message").asText()).startsWith("The request body is not valid JSON (line 1, column");
  }

  @Test
  void wrong_json_types_are_400_with_every_field_named() {
    JsonNode body = assertError(create("{\"element\": {\"key\": \"mixpanel\"}, \"name\": 42, \"tags\": \"Docs\","
        + " \"configuration\": {\"username\": {\"nested\": true}}}"), 400);
    assertThat(body.get("errors").toString()).isEqualTo("[{\"field\":\"name\",\"message\":\"must be a string\"},"
        + "{\"field\":\"tags\",\"message\":\"must be an array of strings\"},"
        + "{\"field\":\"configuration.username\",\"message\":\"must be a string, a number or a boolean\"}]");
  }

  @Test
  void duplicate_keys_are_400() {
    assertThat(assertError(create("{\"name\": \"a\", \"name\": \"b\"}"), 400).get("message").asText())
        .contains("a field appears twice in the same object");
  }

  @Test
  void trailing_content_is_400() {
    assertThat(assertError(create("{\"name\": \"a\"} []"), 400).get("message").asText())
        .contains("there is more content after the JSON value");
  }

  @Test
  void nesting_deeper_than_32_is_400() {
    assertThat(assertError(create("{\"providerData\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(41)), 400)
        .get("message").asText()).contains("nesting deeper than 32 levels");
  }

  @Test
  void an_unknown_field_is_400_naming_it() {
    JsonNode body = assertError(create("{\"element\": {\"key\": \"mixpanel\"}, \"name\": \"x\","
        + " \"configuration\": {\"username\": \"s\"}, \"colour\": \"red\"}"), 400);
    assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("colour");
  }

  @Test
  void validation_failures_are_400_with_field_paths() {
    JsonNode body = assertError(create("{\"element\": {\"key\": \"mixpanel\"}, \"name\": \"<b></b>\","
        + " \"configuration\": {\"usrname\": \"s\"}}"), 400);
    assertThat(body.get("errors")).extracting(e -> e.get("field").asText())
        .containsExactly("name", "configuration.usrname", "configuration.username");
    assertThat(body.get("errors").get(1).get("message").asText()).contains("Did you mean 'username'?");
    assertThat(body.get("message").asText()).startsWith("Invalid request: name must not be empty");
  }

  @Test
  void an_unknown_element_in_the_body_is_400() {
    JsonNode body = assertError(create("{\"element\": {\"key\": \"nope\"}, \"name\": \"x\"}"), 400);
    assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("element.key");
  }

  @Test
  void null_everywhere_is_400() {
    JsonNode body = assertError(create("{\"element\": null, \"name\": null, \"configuration\": null,"
        + " \"tags\": null, \"providerData\": null}"), 400);
    assertThat(body.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("element", "name");
  }

  @Test
  void an_empty_body_is_400() {
    assertThat(assertError(create(""), 400).get("message").asText())
        .isEqualTo("The request body is empty; a JSON object is expected.");
  }

  @Test
  void ten_thousand_tags_are_400() {
    String tags = String.join(",", Collections.nCopies(10_000, "\"t\""));
    JsonNode body = assertError(create("{\"element\": {\"key\": \"mixpanel\"}, \"name\": \"x\","
        + " \"configuration\": {\"username\": \"s\"}, \"tags\": [" + tags + "]}"), 400);
    assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo("must have at most 50 tags, got 10000");
  }

  @Test
  void an_instance_id_that_is_not_a_number_is_400() {
    assertThat(assertError(server.get("/instances/abc", server.acme), 400).get("message").asText())
        .isEqualTo("An instance id is a positive whole number; 'abc' is not one");
  }

  // 401

  @ParameterizedTest
  @ValueSource(strings = {"", "User abc Organization def", "User , Organization x", "Basic dXNlcjpwYXNz",
      "User only-user-secret"})
  void malformed_authorization_is_401(String header) {
    HttpResponse<String> response = server.send(server.request("/instances", null)
        .header("Authorization", header).GET().build());
    assertThat(assertError(response, 401).get("message").asText()).isEqualTo(UNAUTHORIZED);
  }

  @Test
  void a_missing_authorization_header_is_401() {
    assertThat(assertError(server.get("/instances", null), 401).get("message").asText()).isEqualTo(UNAUTHORIZED);
  }

  @Test
  void wrong_secrets_and_a_user_of_another_organization_are_401() {
    for (Credentials wrong : new Credentials[] {
        new Credentials(server.acme.userSecret() + "x", server.acme.organizationSecret()),
        new Credentials(server.acme.userSecret(), "0".repeat(32)),
        new Credentials(server.acme.userSecret(), server.globex.organizationSecret())}) {
      assertThat(assertError(server.get("/instances", wrong), 401).get("message").asText()).isEqualTo(UNAUTHORIZED);
    }
  }

  @Test
  void a_16_kib_authorization_header_is_401() {
    HttpResponse<String> response = server.send(server.request("/instances", null)
        .header("Authorization", "User " + "a".repeat(16 * 1024) + ", Organization b").GET().build());
    assertThat(assertError(response, 401).get("message").asText()).isEqualTo(UNAUTHORIZED);
  }

  @Test
  void swapped_pairs_are_accepted_as_the_spec_allows() {
    HttpResponse<String> response = server.send(server.request("/instances", null).header("Authorization",
        "Organization " + server.acme.organizationSecret() + ", User " + server.acme.userSecret()).GET().build());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void wrong_credentials_on_a_create_are_401_and_store_nothing() {
    HttpResponse<String> response = server.post("/instances", new Credentials("x", "y"), SeedExampleTest.SEED_BODY);
    assertThat(assertError(response, 401).get("message").asText()).isEqualTo(UNAUTHORIZED);
  }

  // 404, 405

  @Test
  void an_unknown_route_is_a_json_404() {
    HttpResponse<String> response = server.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + server.server.port() + "/nothing/here")).GET().build());
    assertThat(assertError(response, 404).get("message").asText())
        .isEqualTo("No route GET /nothing/here; the API is described at /elements/api-v2/openapi.json");
  }

  @Test
  void an_unknown_element_is_404() {
    assertThat(assertError(server.get("/elements/nope", null), 404).get("message").asText())
        .isEqualTo("No element found with key or ID 'nope'");
  }

  @Test
  void a_wrong_method_on_a_known_route_is_405() {
    HttpResponse<String> response = server.send(server.request("/elements", server.acme)
        .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(assertError(response, 405).get("message").asText())
        .isEqualTo("Method PATCH is not allowed on /elements/api-v2/elements");
  }

  // 413, 415

  /**
   * Announces a body of {@code length} bytes but sends only its first bytes, over a raw socket: the server must
   * answer from the headers alone, without waiting for (or reading) the rest.
   */
  private static String announceBody(long length) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + Routes.BASE + "/instances HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: " + server.acme.authorizationHeader() + "\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + length + "\r\n\r\n{\"name\": \"aaaa").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void a_body_of_64_kib_plus_one_byte_is_413_answered_without_reading_it() throws IOException {
    String response = announceBody(64 * 1024 + 1);

    assertThat(response).startsWith("HTTP/1.1 413 ").contains("Elements-Request-Id: ")
        .contains("\"message\":\"The request body is larger than 64 KiB\"");
  }

  @Test
  void a_one_megabyte_name_is_413() throws IOException {
    assertThat(announceBody(1 << 20)).startsWith("HTTP/1.1 413 ");
  }

  @Test
  void a_body_of_exactly_64_kib_is_read() {
    String prefix = "{\"name\": \"";
    String suffix = "\"}";
    String body = prefix + "a".repeat(64 * 1024 - prefix.length() - suffix.length()) + suffix;
    assertThat(assertError(create(body), 400).get("errors").toString()).contains("\"field\":\"element\"");
  }

  @Test
  void a_100_megabyte_streamed_body_is_refused_without_reading_it() {
    InputStream endless = new InputStream() {
      private long left = 100L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
        left -= n;
        return n;
      }
    };
    HttpResponse<String> response;
    try {
      response = server.send(server.request("/instances", server.acme).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build());
    } catch (IllegalStateException closedEarly) {
      return; // the server answered 413 and closed the connection while the client was still sending
    }
    assertError(response, 413);
  }

  @Test
  void a_body_that_is_not_json_is_415() {
    HttpResponse<String> response = server.send(server.request("/instances", server.acme)
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
    assertThat(assertError(response, 415).get("message").asText())
        .isEqualTo("Send the body as JSON, with Content-Type: application/json");
  }

  @Test
  void a_body_without_a_content_type_is_415() {
    HttpResponse<String> response = server.send(server.request("/instances", server.acme)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertError(response, 415);
  }

  @Test
  void json_with_a_charset_is_accepted() {
    HttpResponse<String> response = server.send(server.request("/instances", server.acme)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}")).build());
    assertError(response, 400);
  }
}
