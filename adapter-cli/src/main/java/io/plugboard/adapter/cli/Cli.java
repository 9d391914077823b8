package io.plugboard.adapter.cli;

import io.plugboard.application.port.in.ElementNotFoundException;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.application.port.out.UnreadableInstanceException;
import io.plugboard.domain.ValidationException;
import io.plugboard.wire.MalformedJsonException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Builds the {@code plugboard} command line and maps every failure to one clear line and an exit code. */
public final class Cli {
  private Cli() {}

  /**
   * The command line with every command of this adapter; the composition root adds {@code serve}.
   *
   * @param extraCommands commands to add at the top level, such as {@code serve}
   */
  public static CommandLine commandLine(StoreOpener opener, Environment environment, PrintWriter out,
      PrintWriter err, Object... extraCommands) {
    return commandLine(new String[0], opener, environment, out, err, extraCommands);
  }

  /**
   * The command line for these arguments. When the first argument names a command, only that command is built:
   * picocli reads every command's annotations when it is added, which is most of a short command's start-up.
   */
  public static CommandLine commandLine(String[] args, StoreOpener opener, Environment environment,
      PrintWriter out, PrintWriter err, Object... extraCommands) {
    PlugboardCommand root = new PlugboardCommand(opener, environment);
    List<Object> commands = new ArrayList<>(List.of(new ElementsCommand(), new InstancesCommand(),
        new AccountsCommand()));
    commands.addAll(List.of(extraCommands));
    String first = args.length > 0 ? args[0] : "";
    boolean named = commands.stream().anyMatch(command -> nameOf(command).equals(first));
    CommandLine commandLine = new CommandLine(root);
    for (Object command : commands) {
      if (!named || nameOf(command).equals(first)) {
        commandLine.addSubcommand(command);
      }
    }
    commandLine.setOut(out).setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, err, root.verbose()))
        .setParameterExceptionHandler(Cli::usageError);
    listExitCodes(commandLine);
    return commandLine;
  }

  private static String nameOf(Object command) {
    return command.getClass().getAnnotation(CommandLine.Command.class).name();
  }

  private static void listExitCodes(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.HELP);
    commandLine.getSubcommands().values().forEach(Cli::listExitCodes);
  }

  private static int usageError(CommandLine.ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(failure.getMessage() + " (see: " + command.getCommandSpec().qualifiedName() + " --help)");
    err.flush();
    return ExitCodes.USAGE;
  }

  static int failed(Exception failure, PrintWriter err, boolean verbose) {
    int code;
    if (failure instanceof ValidationException) {
      err.println(failure.getMessage());
      code = ExitCodes.INVALID_INPUT;
    } else if (failure instanceof MalformedJsonException) {
      err.println(failure.getMessage());
      code = ExitCodes.INVALID_INPUT;
    } else if (failure instanceof ElementNotFoundException || failure instanceof InstanceNotFoundException) {
      err.println(failure.getMessage());
      code = ExitCodes.NOT_FOUND;
    } else if (failure instanceof NotAuthenticatedException
        || failure instanceof PlugboardCommand.MissingCredentialsException) {
      err.println(failure.getMessage());
      code = ExitCodes.NOT_AUTHORIZED;
    } else if (failure instanceof StoreUnavailableException) {
      err.println(failure.getMessage());
      code = ExitCodes.UNAVAILABLE;
    } else if (failure instanceof UnreadableInstanceException) {
      err.println("Instance " + ((UnreadableInstanceException) failure).instanceId() + " cannot be decrypted: "
          + "it was altered on disk, or encrypted under a master key this data directory does not have.");
      code = ExitCodes.UNAVAILABLE;
    } else {
      err.println("Unexpected error (" + failure.getClass().getSimpleName() + ")"
          + (verbose ? ":" : "; run again with --verbose for details."));
      code = ExitCodes.UNEXPECTED;
    }
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
