package io.plugboard.adapter.sqlite;

import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.domain.Organization;
import io.plugboard.domain.User;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Organizations and users in SQLite, found by the digests of their secrets. Found accounts are remembered, so
 * authenticating a request does not read the disk; accounts are never changed or removed, so nothing remembered
 * goes stale (rotating secrets will have to forget the old digest). Misses are not remembered: an account created
 * by another process is found on its first use.
 */
public final class SqliteAccountStore implements AccountStore {
  private static final int MAX_REMEMBERED = 100_000;

  private final SqliteDatabase database;
  private final Clock clock;
  private final Map<SecretDigest, User> users = new ConcurrentHashMap<>();
  private final Map<SecretDigest, Organization> organizations = new ConcurrentHashMap<>();

  public SqliteAccountStore(SqliteDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public StoredAccount create(String organizationName, SecretDigest organizationSecret, String userEmail,
      SecretDigest userSecret) {
    long now = clock.instant().getEpochSecond();
    return database.write("save the account", connection -> {
      Organization organization;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO organizations (name, secret_digest, created_at) VALUES (?, ?, ?) RETURNING id")) {
        insert.setString(1, organizationName);
        insert.setBytes(2, organizationSecret.bytes());
        insert.setLong(3, now);
        try (ResultSet keys = insert.executeQuery()) {
          keys.next();
          organization = new Organization(keys.getLong(1), organizationName);
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO users (org_id, email, secret_digest, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
        insert.setLong(1, organization.id());
        insert.setString(2, userEmail);
        insert.setBytes(3, userSecret.bytes());
        insert.setLong(4, now);
        try (ResultSet keys = insert.executeQuery()) {
          keys.next();
          return new StoredAccount(organization, new User(keys.getLong(1), organization.id(), userEmail));
        }
      }
    });
  }

  @Override
  public Optional<User> findUserBySecret(SecretDigest userSecret) {
    User known = users.get(userSecret);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<User> found = database.read("read the account", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, org_id, email FROM users WHERE secret_digest = ?")) {
        select.setBytes(1, userSecret.bytes());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(new User(row.getLong(1), row.getLong(2), row.getString(3)))
              : Optional.empty();
        }
      }
    });
    found.ifPresent(user -> remember(users, userSecret, user));
    return found;
  }

  @Override
  public Optional<Organization> findOrganizationBySecret(SecretDigest organizationSecret) {
    Organization known = organizations.get(organizationSecret);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Organization> found = database.read("read the account", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, name FROM organizations WHERE secret_digest = ?")) {
        select.setBytes(1, organizationSecret.bytes());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(new Organization(row.getLong(1), row.getString(2))) : Optional.empty();
        }
      }
    });
    found.ifPresent(organization -> remember(organizations, organizationSecret, organization));
    return found;
  }

  @Override
  public Optional<User> findUserBySecretInMemory(SecretDigest userSecret) {
    return Optional.ofNullable(users.get(userSecret));
  }

  @Override
  public Optional<Organization> findOrganizationBySecretInMemory(SecretDigest organizationSecret) {
    return Optional.ofNullable(organizations.get(organizationSecret));
  }

  private static <T> void remember(Map<SecretDigest, T> cache, SecretDigest digest, T value) {
    if (cache.size() >= MAX_REMEMBERED) {
      cache.clear();
    }
    cache.put(digest, value);
  }

  @Override
  public boolean isEmpty() {
    return database.read("read the accounts", connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT 1 FROM organizations LIMIT 1")) {
        return !row.next();
      }
    });
  }
}
