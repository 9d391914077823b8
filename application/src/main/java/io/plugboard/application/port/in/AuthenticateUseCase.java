package io.plugboard.application.port.in;

/** Finds who is calling from a user secret and an organization secret. */
public interface AuthenticateUseCase {
  /** @throws NotAuthenticatedException when either secret is unknown or the user is not in that organization */
  Caller authenticate(Credentials credentials);
}
