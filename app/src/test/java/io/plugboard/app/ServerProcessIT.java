package io.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, started as a separate process, driven as the README tells a newcomer to drive it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServerProcessIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED_BODY = "{\n    \"element\": {\n      \"key\": \"mixpanel\"\n    },\n"
      + "    \"configuration\": {\n      \"username\": \"%s\"\n    },\n    \"tags\": [\n      \"Docs\"\n    ],\n"
      + "    \"name\": \"API Instance\"\n  }";

  @TempDir
  Path directory;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> postSeed(String url, String authorization, String secret) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url + "/instances"))
        .header("authorization", authorization).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(String.format(SEED_BODY, secret))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url, String authorization) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("authorization", authorization).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_seed_request_against_the_built_jar_then_the_cli_beside_it_then_a_graceful_stop() throws Exception {
    Map<String, String> environment = new HashMap<>(PlugboardProcess.bootstrapSecrets());
    int port = PlugboardProcess.freePort();
    try (PlugboardProcess server = PlugboardProcess.start(directory, environment, "serve", "--port",
        String.valueOf(port))) {
      String url = server.awaitListening();
      assertThat(url).isEqualTo("http://127.0.0.1:" + port + "/elements/api-v2");
      String authorization = server.authorization().orElseThrow();
      assertThat(authorization).isEqualTo("User " + environment.get("PLUGBOARD_BOOTSTRAP_USER_SECRET")
          + ", Organization " + environment.get("PLUGBOARD_BOOTSTRAP_ORG_SECRET"));

      HttpResponse<String> response = postSeed(url, authorization, "xxxxxxxxxxxxxxxxxxxxxx");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode instance = JSON.readTree(response.body());
      assertThat(instance.get("name").asText()).isEqualTo("API Instance");
      assertThat(instance.get("token").asText()).hasSize(44);
      assertThat(instance.get("element").get("id").asLong()).isEqualTo(13973);

      Map<String, String> cliEnvironment = Map.of(
          "PLUGBOARD_USER_SECRET", environment.get("PLUGBOARD_BOOTSTRAP_USER_SECRET"),
          "PLUGBOARD_ORG_SECRET", environment.get("PLUGBOARD_BOOTSTRAP_ORG_SECRET"));
      PlugboardProcess list = PlugboardProcess.run(directory, cliEnvironment, "instances", "list");
      assertThat(list.exitCode()).as(list.errors()).isZero();
      assertThat(JSON.readTree(list.output()).get(0).get("id").asLong()).isEqualTo(instance.get("id").asLong());

      PlugboardProcess create = PlugboardProcess.run(directory, cliEnvironment, "instances", "create",
          "--element", "mixpanel", "--name", "From the CLI", "--config", "username=cli-secret");
      assertThat(create.exitCode()).as(create.errors()).isZero();
      HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create(url + "/instances"))
          .header("authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(JSON.readTree(listed.body()).size()).isEqualTo(2);

      String instanceUrl = url + "/instances/" + instance.get("id").asLong();
      assertThat(get(instanceUrl, authorization).statusCode()).isEqualTo(200);
      assertThat(get(instanceUrl, authorization).statusCode()).as("read again, from memory").isEqualTo(200);
      PlugboardProcess delete = PlugboardProcess.run(directory, cliEnvironment, "instances", "delete",
          instance.get("id").asText());
      assertThat(delete.exitCode()).as(delete.errors()).isZero();
      assertThat(get(instanceUrl, authorization).statusCode()).as("deleted by the CLI").isEqualTo(404);

      assertThat(server.terminate()).isZero();
      assertThat(server.errors()).contains("Plugboard stopped.");
    }
  }

  @Test
  void a_port_in_use_is_one_clear_line_and_exit_code_1() throws Exception {
    int port = PlugboardProcess.freePort();
    try (PlugboardProcess first = PlugboardProcess.start(directory, Map.of(), "serve", "--port",
        String.valueOf(port), "--data-dir", "first")) {
      first.awaitListening();
      PlugboardProcess second = PlugboardProcess.run(directory, Map.of(), "serve", "--port", String.valueOf(port),
          "--data-dir", "second");

      assertThat(second.exitCode()).isEqualTo(1);
      assertThat(second.errors()).isEqualTo("Cannot listen on 127.0.0.1:" + port + ": the port is already in use. "
          + "Stop the other process or choose another port with --port.\n");
    }
  }

  @Test
  void a_canary_secret_and_its_token_never_appear_on_disk_or_in_the_output() throws Exception {
    String canary = "canary-secret-" + System.nanoTime();
    String token;
    try (PlugboardProcess server = PlugboardProcess.start(directory, PlugboardProcess.bootstrapSecrets(),
        "serve", "--port", "0")) {
      String url = server.awaitListening();
      HttpResponse<String> created = postSeed(url, server.authorization().orElseThrow(), canary);
      assertThat(created.statusCode()).isEqualTo(200);
      token = JSON.readTree(created.body()).get("token").asText();
      HttpResponse<String> bad = postSeed(url, server.authorization().orElseThrow() + "x", canary);
      assertThat(bad.statusCode()).isEqualTo(401);
      server.kill();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(directory)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      assertThat(files).extracting(f -> f.getFileName().toString())
          .contains("plugboard.db", "plugboard.db-wal", "master.key", "data-keys.aead.json");
      for (Path file : files) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(content).as(file.toString()).doesNotContain(canary).doesNotContain(token);
      }
    }
  }

  @Test
  void a_wrong_master_key_is_refused_at_start_with_what_to_do() throws Exception {
    PlugboardProcess created = PlugboardProcess.run(directory, Map.of(), "accounts", "create", "--org", "Acme",
        "--user", "ops@acme.test");
    assertThat(created.exitCode()).as(created.errors()).isZero();

    PlugboardProcess refused = PlugboardProcess.run(directory,
        Map.of("PLUGBOARD_MASTER_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), "serve", "--port", "0");

    assertThat(refused.exitCode()).isEqualTo(6);
    assertThat(refused.errors()).contains("it is not the key this data directory was created with")
        .hasLineCount(1);
  }

  @Test
  void help_and_version_work_without_a_data_directory() throws IOException, InterruptedException {
    PlugboardProcess help = PlugboardProcess.run(directory, Map.of(), "serve", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.output()).contains("Exit codes:").contains("plugboard serve --host 0.0.0.0");
    assertThat(directory.resolve("plugboard-data")).doesNotExist();
  }
}
