package io.plugboard.application.service;

import io.plugboard.application.port.in.AuthenticateUseCase;
import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.application.port.out.SecretDigester;
import io.plugboard.domain.Organization;
import io.plugboard.domain.User;
import java.util.Optional;
import java.util.function.Function;

public final class AuthenticationService implements AuthenticateUseCase {
  private final AccountStore accounts;
  private final SecretDigester digester;

  public AuthenticationService(AccountStore accounts, SecretDigester digester) {
    this.accounts = accounts;
    this.digester = digester;
  }

  @Override
  public Caller authenticate(Credentials credentials) {
    return callerOf(credentials, accounts::findUserBySecret, accounts::findOrganizationBySecret)
        .orElseThrow(NotAuthenticatedException::new);
  }

  @Override
  public Optional<Caller> authenticateWithoutWaiting(Credentials credentials) {
    return callerOf(credentials, accounts::findUserBySecretInMemory, accounts::findOrganizationBySecretInMemory);
  }

  private Optional<Caller> callerOf(Credentials credentials, Function<SecretDigest, Optional<User>> users,
      Function<SecretDigest, Optional<Organization>> organizations) {
    if (credentials == null || credentials.userSecret().isEmpty() || credentials.organizationSecret().isEmpty()) {
      return Optional.empty();
    }
    // Both look-ups always run, so the time taken does not tell which secret was wrong.
    Optional<User> user = users.apply(digester.digest(credentials.userSecret()));
    Optional<Organization> organization = organizations.apply(digester.digest(credentials.organizationSecret()));
    if (user.isEmpty() || organization.isEmpty() || user.get().organizationId() != organization.get().id()) {
      return Optional.empty();
    }
    return Optional.of(new Caller(organization.get().id(), user.get().id()));
  }
}
