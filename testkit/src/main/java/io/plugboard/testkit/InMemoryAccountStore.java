package io.plugboard.testkit;

import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.domain.Organization;
import io.plugboard.domain.User;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryAccountStore implements AccountStore {
  private final AtomicLong organizationIds = new AtomicLong();
  private final AtomicLong userIds = new AtomicLong();
  private final Map<SecretDigest, Organization> organizations = new ConcurrentHashMap<>();
  private final Map<SecretDigest, User> users = new ConcurrentHashMap<>();

  @Override
  public synchronized StoredAccount create(String organizationName, SecretDigest organizationSecret,
      String userEmail, SecretDigest userSecret) {
    if (organizations.containsKey(organizationSecret) || users.containsKey(userSecret)) {
      throw new IllegalStateException("secret digest already in use");
    }
    Organization organization = new Organization(organizationIds.incrementAndGet(), organizationName);
    User user = new User(userIds.incrementAndGet(), organization.id(), userEmail);
    organizations.put(organizationSecret, organization);
    users.put(userSecret, user);
    return new StoredAccount(organization, user);
  }

  @Override
  public Optional<User> findUserBySecret(SecretDigest userSecret) {
    return Optional.ofNullable(users.get(userSecret));
  }

  @Override
  public Optional<Organization> findOrganizationBySecret(SecretDigest organizationSecret) {
    return Optional.ofNullable(organizations.get(organizationSecret));
  }

  /** Everything here is in memory. */
  @Override
  public Optional<User> findUserBySecretInMemory(SecretDigest userSecret) {
    return findUserBySecret(userSecret);
  }

  @Override
  public Optional<Organization> findOrganizationBySecretInMemory(SecretDigest organizationSecret) {
    return findOrganizationBySecret(organizationSecret);
  }

  @Override
  public boolean isEmpty() {
    return organizations.isEmpty();
  }
}
