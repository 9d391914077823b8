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

  boolean isEmpty();

  /** An organization and its first user, as kept. */
  record StoredAccount(Organization organization, User user) {}
}
