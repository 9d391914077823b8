package io.plugboard.app;

import io.plugboard.adapter.cli.Cli;
import io.plugboard.adapter.cli.Environment;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code plugboard} command: the CLI adapter's commands plus {@code serve}, wired to the real store. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv(), System.console() != null));
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> variables,
      boolean interactive) {
    Environment environment = new Environment(variables, interactive);
    try (StoreSession store = new StoreSession(environment)) {
      PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
      PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
      return Cli.commandLine(args, store, environment, outWriter, errWriter, new ServeCommand(store))
          .execute(args);
    }
  }
}
