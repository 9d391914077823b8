package io.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL while several clients create instances, restarts it, and checks that every
 * instance whose create was answered 200 is still there and the database is sound. Ten cycles.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CrashIT {
  private static final int CYCLES = 10;
  private static final int CLIENTS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void every_acknowledged_instance_survives_sigkill() throws Exception {
    Map<String, String> secrets = PlugboardProcess.bootstrapSecrets();
    String authorization = "User " + secrets.get("PLUGBOARD_BOOTSTRAP_USER_SECRET") + ", Organization "
        + secrets.get("PLUGBOARD_BOOTSTRAP_ORG_SECRET");
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();

    for (int cycle = 1; cycle <= CYCLES + 1; cycle++) {
      try (PlugboardProcess server = PlugboardProcess.start(directory, secrets, "serve", "--port", "0")) {
        String url = server.awaitListening();
        for (long id : acknowledged) {
          HttpResponse<String> read = get(url + "/instances/" + id, authorization);
          assertThat(read.statusCode()).as("cycle %d: instance %d was acknowledged before the kill", cycle, id)
              .isEqualTo(200);
        }
        if (cycle > CYCLES) {
          break;
        }
        int before = acknowledged.size();
        createUntilKilled(server, url, authorization, acknowledged);
        System.out.printf("crash cycle %d: %d creates acknowledged before SIGKILL, %d in all%n", cycle,
            acknowledged.size() - before, acknowledged.size());
      }
      assertThat(integrityCheck()).as("PRAGMA integrity_check after cycle %d", cycle).isEqualTo("ok");
    }
    assertThat(acknowledged).isNotEmpty();
  }

  private void createUntilKilled(PlugboardProcess server, String url, String authorization, Set<Long> acknowledged)
      throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      futures.add(clients.submit(() -> {
        while (running.get()) {
          try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/instances"))
                .timeout(Duration.ofSeconds(5)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"element\": {\"key\": \"mixpanel\"}, \"name\": \"crash\","
                    + " \"configuration\": {\"username\": \"s\"}}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
              acknowledged.add(JSON.readTree(response.body()).get("id").asLong());
            }
          } catch (Exception killed) {
            return null;
          }
        }
        return null;
      }));
    }
    // The kill lands at a random moment of the creates, which is the point of the test, not a wait for a result.
    Thread.sleep(150 + ThreadLocalRandom.current().nextInt(600));
    server.kill();
    running.set(false);
    for (var future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    clients.shutdownNow();
  }

  private HttpResponse<String> get(String url, String authorization) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String integrityCheck() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
            + directory.resolve("plugboard-data").resolve("plugboard.db"));
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      result.next();
      return result.getString(1);
    }
  }
}
