package io.plugboard.application.port.out;

import io.plugboard.domain.Organization;
import io.plugboard.domain.User;
import java.util.Optional;

/** Where organizations and users are kept, with the digests of their secrets. */
public interface AccountStore {
  /** Keeps a new organization with its first user, in one step. */
  StoredAccount create(String organizationName, SecretDigest organizationSecret, String userEmail,
      SecretDigest userSecret);

  Optional<User> findUserBySecret(SecretDigest userSecret);

  Optional<Organization> findOrganizationBySecret(SecretDigest organizationSecret);

  /**
   * The user, when the store has it in memory and so can answer without waiting; empty when only
   * {@link #findUserBySecret} can tell. Never a different answer from that method. A store that keeps nothing in
   * memory leaves this default.
   */
  default Optional<User> findUserBySecretInMemory(SecretDigest userSecret) {
    return Optional.empty();
  }

  /** Like {@link #findUserBySecretInMemory}, for {@link #findOrganizationBySecret}. */
  default Optional<Organization> findOrganizationBySecretInMemory(SecretDigest organizationSecret) {
    return Optional.empty();
  }

  boolean isEmpty();

  /** An organization and its first user, as kept. */
  record StoredAccount(Organization organization, User user) {}
}
