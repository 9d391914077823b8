package io.plugboard.application.port.in;

import java.util.Optional;

/** The first account of an empty store, so that a fresh server can be used at once. */
public interface BootstrapAccountUseCase {
  /**
   * Creates the first organization and user when the store has no account, with the chosen secrets or new
   * random ones; does nothing (empty) when an account exists.
   */
  Optional<NewAccount> bootstrapIfEmpty(Optional<Credentials> chosenSecrets);
}
