package io.plugboard.adapter.cli;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code plugboard} command: global options, the store opened on first need, and the caller's identity. */
@Command(name = "plugboard",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Connector instances compatible with the Open Connectors API: validated, encrypted, reusable.",
    footerHeading = "%nExamples:%n",
    footer = {"  plugboard serve --port 8080",
        "  plugboard accounts create --org Acme --user ops@acme.test",
        "  PLUGBOARD_USER_SECRET=... PLUGBOARD_ORG_SECRET=... plugboard instances list",
        "",
        "Credentials come from PLUGBOARD_USER_SECRET and PLUGBOARD_ORG_SECRET (or --user-secret/--org-secret).",
        "The data directory is ./plugboard-data unless --data-dir or PLUGBOARD_DATA_DIR says otherwise."})
public final class PlugboardCommand implements Runnable {
  static final String USER_SECRET_ENV = "PLUGBOARD_USER_SECRET";
  static final String ORG_SECRET_ENV = "PLUGBOARD_ORG_SECRET";
  static final String DATA_DIR_ENV = "PLUGBOARD_DATA_DIR";

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Data directory (default: $PLUGBOARD_DATA_DIR, else ./plugboard-data)")
  Path dataDirectory;

  @Option(names = "--compact", scope = ScopeType.INHERIT,
      description = "One-line JSON even on a terminal (output is compact when piped anyway)")
  boolean compact;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of unexpected errors")
  boolean verbose;

  @Option(names = "--user-secret", scope = ScopeType.INHERIT, paramLabel = "SECRET",
      description = "User secret (prefer $PLUGBOARD_USER_SECRET: command lines are visible to other local users)")
  String userSecret;

  @Option(names = "--org-secret", scope = ScopeType.INHERIT, paramLabel = "SECRET",
      description = "Organization secret (prefer $PLUGBOARD_ORG_SECRET)")
  String organizationSecret;

  private final StoreOpener opener;
  private final Environment environment;
  private UseCases useCases;

  public PlugboardCommand(StoreOpener opener, Environment environment) {
    this.opener = opener;
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  public Path dataDirectory() {
    return dataDirectory != null ? dataDirectory
        : environment.get(DATA_DIR_ENV).map(Path::of).orElse(Path.of("plugboard-data"));
  }

  public Environment environment() {
    return environment;
  }

  boolean verbose() {
    return verbose;
  }

  UseCases useCases() {
    if (useCases == null) {
      useCases = opener.open(dataDirectory());
    }
    return useCases;
  }

  Output output() {
    return new Output(spec.commandLine().getOut(), environment.interactive() && !compact);
  }

  /** Authenticates with the secrets from flags or the environment, warning when a flag exposed one. */
  Caller caller() {
    if (userSecret != null || organizationSecret != null) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("Warning: a secret given on the command line is visible to other local users; prefer "
          + USER_SECRET_ENV + " and " + ORG_SECRET_ENV + ".");
      err.flush();
    }
    Optional<String> user = Optional.ofNullable(userSecret).or(() -> environment.get(USER_SECRET_ENV));
    Optional<String> organization = Optional.ofNullable(organizationSecret).or(() -> environment.get(ORG_SECRET_ENV));
    if (user.isEmpty() || organization.isEmpty()) {
      throw new MissingCredentialsException();
    }
    return useCases().authenticate().authenticate(new Credentials(user.get(), organization.get()));
  }

  /** No secrets were given at all: said plainly, rather than as a failed authentication. */
  static final class MissingCredentialsException extends RuntimeException {
    MissingCredentialsException() {
      super("No credentials: set " + USER_SECRET_ENV + " and " + ORG_SECRET_ENV
          + " (or pass --user-secret and --org-secret).", null, false, false);
    }
  }
}
