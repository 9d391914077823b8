package io.plugboard.application.service;

import io.plugboard.application.port.in.BootstrapAccountUseCase;
import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.CreateAccountUseCase;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NewAccount;
import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.SecretDigester;
import io.plugboard.application.port.out.SecretGenerator;
import io.plugboard.domain.AccountNames;
import io.plugboard.domain.Violations;
import java.util.Optional;

public final class AccountService implements CreateAccountUseCase, BootstrapAccountUseCase {
  static final String BOOTSTRAP_ORGANIZATION = "Default organization";
  static final String BOOTSTRAP_USER = "admin@localhost";
  /** Chosen secrets must be as hard to guess as generated ones: at least 128 bits written in hex. */
  static final int MIN_CHOSEN_SECRET_LENGTH = 32;

  private final AccountStore accounts;
  private final SecretGenerator secrets;
  private final SecretDigester digester;

  public AccountService(AccountStore accounts, SecretGenerator secrets, SecretDigester digester) {
    this.accounts = accounts;
    this.secrets = secrets;
    this.digester = digester;
  }

  @Override
  public NewAccount createAccount(CreateAccountCommand command) {
    Violations violations = new Violations();
    String organizationName = AccountNames.organizationName(command.organizationName(), violations);
    String userEmail = AccountNames.userEmail(command.userEmail(), violations);
    violations.throwIfAny();
    return create(organizationName, userEmail,
        new Credentials(secrets.newUserSecret(), secrets.newOrganizationSecret()));
  }

  @Override
  public synchronized Optional<NewAccount> bootstrapIfEmpty(Optional<Credentials> chosenSecrets) {
    chosenSecrets.ifPresent(AccountService::checkChosen);
    if (!accounts.isEmpty()) {
      return Optional.empty();
    }
    Credentials credentials = chosenSecrets.orElseGet(
        () -> new Credentials(secrets.newUserSecret(), secrets.newOrganizationSecret()));
    return Optional.of(create(BOOTSTRAP_ORGANIZATION, BOOTSTRAP_USER, credentials));
  }

  private NewAccount create(String organizationName, String userEmail, Credentials credentials) {
    AccountStore.StoredAccount stored = accounts.create(organizationName,
        digester.digest(credentials.organizationSecret()), userEmail, digester.digest(credentials.userSecret()));
    return new NewAccount(stored.organization(), stored.user(), credentials);
  }

  private static void checkChosen(Credentials credentials) {
    Violations violations = new Violations();
    checkChosen("userSecret", credentials.userSecret(), violations);
    checkChosen("organizationSecret", credentials.organizationSecret(), violations);
    violations.throwIfAny();
  }

  private static void checkChosen(String field, String secret, Violations violations) {
    if (secret.length() < MIN_CHOSEN_SECRET_LENGTH) {
      violations.add(field, "must be at least " + MIN_CHOSEN_SECRET_LENGTH + " characters");
    } else if (!secret.matches("[A-Za-z0-9+/=_-]+")) {
      violations.add(field, "may contain only letters, digits and + / = _ -");
    }
  }
}
