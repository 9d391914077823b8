package io.plugboard.adapter.cli;

import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.NewAccount;
import io.plugboard.wire.AccountJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "accounts", description = "Organizations and their users (needs access to the data directory).",
    subcommands = picocli.CommandLine.HelpCommand.class)
final class AccountsCommand {
  @ParentCommand
  PlugboardCommand root;

  @Command(name = "create",
      description = "Create an organization with its first user; prints their secrets once, with the ready "
          + "Authorization header value.",
      footerHeading = "%nExample:%n", footer = "  plugboard accounts create --org Acme --user ops@acme.test")
  int create(
      @Option(names = "--org", required = true, paramLabel = "NAME", description = "Organization name") String org,
      @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The user's email or name")
          String user) {
    NewAccount account = root.useCases().createAccount().createAccount(new CreateAccountCommand(org, user));
    root.output().json(json -> AccountJson.write(json, account));
    return ExitCodes.OK;
  }
}
