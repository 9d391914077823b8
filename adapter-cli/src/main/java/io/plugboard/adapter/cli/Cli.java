package io.plugboard.adapter.cli;

import io.plugboard.application.port.in.ElementNotFoundException;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.application.port.out.UnreadableInstanceException;
import io.plugboard.domain.ValidationException;
import io.plugboard.wire.MalformedJsonException;
import java.io.PrintWriter;
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
    PlugboardCommand root = new PlugboardCommand(opener, environment);
    CommandLine commandLine = new CommandLine(root)
        .addSubcommand(new ElementsCommand())
        .addSubcommand(new InstancesCommand())
        .addSubcommand(new AccountsCommand());
    for (Object extra : extraCommands) {
      commandLine.addSubcommand(extra);
    }
    commandLine.setOut(out).setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, err, root.verbose()))
        .setParameterExceptionHandler(Cli::usageError);
    listExitCodes(commandLine);
    return commandLine;
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
