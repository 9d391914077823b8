package io.plugboard.application.port.in;

import java.util.Optional;

/** Finds who is calling from a user secret and an organization secret. */
public interface AuthenticateUseCase {
  /** @throws NotAuthenticatedException when either secret is unknown or the user is not in that organization */
  Caller authenticate(Credentials credentials);

  /**
   * The caller, when both secrets can be checked from memory without waiting for the store (as on an event loop);
   * empty when {@link #authenticate} must be asked, which is also the answer for wrong secrets.
   */
  Optional<Caller> authenticateWithoutWaiting(Credentials credentials);
}
