package io.plugboard.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** The built {@code plugboard.jar} run as a separate process, as a user would run it. */
final class PlugboardProcess implements AutoCloseable {
  static final Path JAR = Path.of(System.getProperty("plugboard.jar", "target/plugboard.jar"));

  final Process process;
  final Path stdout;
  final Path stderr;

  private PlugboardProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static PlugboardProcess start(Path workDirectory, Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    String name = "run-" + System.nanoTime();
    Path out = workDirectory.resolve(name + ".out");
    Path err = workDirectory.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("PLUGBOARD_"));
    builder.environment().putAll(environment);
    return new PlugboardProcess(builder.start(), out, err);
  }

  /** Runs a command to its end and returns its exit code; output is in {@link #stdout} and {@link #stderr}. */
  static PlugboardProcess run(Path workDirectory, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    PlugboardProcess run = start(workDirectory, environment, args);
    if (!run.process.waitFor(60, TimeUnit.SECONDS)) {
      run.process.destroyForcibly();
      throw new AssertionError("plugboard " + String.join(" ", args) + " did not finish");
    }
    return run;
  }

  /** Waits for the line that says where the server listens, and returns that URL. */
  String awaitListening() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Optional<String> line = output().lines().filter(l -> l.startsWith("Plugboard is listening on ")).findFirst();
      if (line.isPresent()) {
        return line.get().substring("Plugboard is listening on ".length()).strip();
      }
      if (!process.isAlive()) {
        throw new AssertionError("the server exited with " + process.exitValue() + ": " + errors());
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the server did not start: " + errors());
  }

  Optional<String> authorization() throws IOException {
    return output().lines().filter(l -> l.startsWith("Authorization: ")).findFirst()
        .map(l -> l.substring("Authorization: ".length()));
  }

  String output() throws IOException {
    return Files.readString(stdout);
  }

  String errors() throws IOException {
    return Files.readString(stderr);
  }

  int exitCode() {
    return process.exitValue();
  }

  /** SIGTERM, then the exit code of a graceful stop. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the server did not stop on SIGTERM");
    }
    return process.exitValue();
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Map<String, String> bootstrapSecrets() {
    byte[] user = new byte[32];
    byte[] organization = new byte[16];
    ThreadLocalRandom.current().nextBytes(user);
    ThreadLocalRandom.current().nextBytes(organization);
    return Map.of("PLUGBOARD_BOOTSTRAP_USER_SECRET", Base64.getEncoder().encodeToString(user),
        "PLUGBOARD_BOOTSTRAP_ORG_SECRET", java.util.HexFormat.of().formatHex(organization));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
