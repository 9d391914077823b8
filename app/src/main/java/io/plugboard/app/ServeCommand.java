package io.plugboard.app;

import io.plugboard.adapter.cli.PlugboardCommand;
import io.plugboard.adapter.http.HttpConfig;
import io.plugboard.adapter.http.PlugboardHttpServer;
import io.plugboard.adapter.http.Routes;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NewAccount;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/** {@code plugboard serve}: the HTTP API until SIGTERM or Ctrl-C, which let in-flight requests finish. */
@Command(name = "serve",
    description = "Serve the Open Connectors API over HTTP. On an empty data directory, creates the first "
        + "account and prints its Authorization value once.",
    footerHeading = "%nExamples:%n",
    footer = {"  plugboard serve", "  plugboard serve --host 0.0.0.0 --port 9000 --data-dir /var/lib/plugboard",
        "",
        "Environment: PLUGBOARD_HOST, PLUGBOARD_PORT, PLUGBOARD_DATA_DIR, PLUGBOARD_MASTER_KEY,",
        "PLUGBOARD_ELEMENTS_DIR, PLUGBOARD_BOOTSTRAP_USER_SECRET and PLUGBOARD_BOOTSTRAP_ORG_SECRET."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  static final String BOOTSTRAP_USER_ENV = "PLUGBOARD_BOOTSTRAP_USER_SECRET";
  static final String BOOTSTRAP_ORG_ENV = "PLUGBOARD_BOOTSTRAP_ORG_SECRET";

  @ParentCommand
  PlugboardCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Address to listen on (default: $PLUGBOARD_HOST, else 127.0.0.1)")
  String host;

  @Option(names = "--port", paramLabel = "PORT",
      description = "Port to listen on, 0 for any free one (default: $PLUGBOARD_PORT, else 8080)")
  Integer port;

  private final StoreSession store;

  ServeCommand(StoreSession store) {
    this.store = store;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String listenHost = host != null ? host : root.environment().get("PLUGBOARD_HOST").orElse(HttpConfig.DEFAULT_HOST);
    int listenPort = port != null ? port : parsePort(root.environment().get("PLUGBOARD_PORT"));
    if (listenPort < 0 || listenPort > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    Optional<Credentials> chosen = bootstrapSecrets();

    // Netty's buffer events would start Flight Recorder's machinery on the first connection, a tenth of a second.
    System.getProperties().putIfAbsent("io.netty.jfr.enabled", "false");
    int cores = Runtime.getRuntime().availableProcessors();
    // Vert.x starts while the store opens: both are mostly class loading, and neither needs the other.
    CompletableFuture<Vertx> starting =
        CompletableFuture.supplyAsync(() -> Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2 * cores)));
    Plugboard plugboard;
    Optional<NewAccount> bootstrapped;
    try {
      plugboard = store.plugboard(root.dataDirectory());
      bootstrapped = plugboard.useCases().bootstrapAccount().bootstrapIfEmpty(chosen);
    } catch (RuntimeException e) {
      starting.thenAccept(Vertx::close);
      throw e;
    }
    Vertx vertx = starting.join();
    PlugboardHttpServer server;
    try {
      server = PlugboardHttpServer.start(vertx, plugboard.useCases(), HttpConfig.defaults(listenHost, listenPort),
          2 * cores).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close().await(10, TimeUnit.SECONDS);
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (e instanceof BindException || cause instanceof BindException) {
        err.println("Cannot listen on " + listenHost + ":" + listenPort + ": the port is already in use. Stop the "
            + "other process or choose another port with --port.");
      } else {
        err.println("Cannot listen on " + listenHost + ":" + listenPort + ": " + cause.getMessage());
      }
      err.flush();
      return 1;
    }

    String origin = "http://" + (listenHost.contains(":") ? "[" + listenHost + "]" : listenHost) + ":" + server.port();
    bootstrapped.ifPresent(account -> {
      out.println("Created the first account (organization " + account.organization().id() + ", user "
          + account.user().id() + "). Save this header now; it is not stored and will not be shown again:");
      out.println("Authorization: " + account.credentials().authorizationHeader());
    });
    out.println("Plugboard is listening on " + origin + Routes.BASE);
    out.println("Web console: " + origin + "/console/");
    out.flush();

    awaitStopSignal();
    err.println("Stopping: letting in-flight requests finish...");
    err.flush();
    try {
      server.stop().await(35, TimeUnit.SECONDS);
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      err.println("Some requests did not finish in time; stopping anyway.");
    }
    store.close();
    err.println("Plugboard stopped.");
    err.flush();
    return 0;
  }

  private int parsePort(Optional<String> value) {
    if (value.isEmpty()) {
      return HttpConfig.DEFAULT_PORT;
    }
    try {
      return Integer.parseInt(value.get().strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "PLUGBOARD_PORT must be a port number");
    }
  }

  private Optional<Credentials> bootstrapSecrets() {
    Optional<String> user = root.environment().get(BOOTSTRAP_USER_ENV);
    Optional<String> organization = root.environment().get(BOOTSTRAP_ORG_ENV);
    if (user.isPresent() != organization.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Set both " + BOOTSTRAP_USER_ENV + " and " + BOOTSTRAP_ORG_ENV + ", or neither");
    }
    return user.map(u -> new Credentials(u, organization.get()));
  }

  /** SIGTERM and Ctrl-C (SIGINT) end the wait; the stop that follows is graceful and exits 0. */
  private static void awaitStopSignal() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Signal.handle(new Signal("TERM"), signal -> stop.countDown());
    Signal.handle(new Signal("INT"), signal -> stop.countDown());
    stop.await();
  }
}
