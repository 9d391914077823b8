package io.plugboard.adapter.sqlite;

import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.out.ConfigurationCipher;
import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.application.port.out.UnreadableInstanceException;
import io.plugboard.domain.AuthenticationType;
import io.plugboard.domain.Configuration;
import io.plugboard.domain.Element;
import io.plugboard.domain.Instance;
import io.plugboard.domain.InstanceName;
import io.plugboard.domain.NewInstance;
import io.plugboard.domain.Owner;
import io.plugboard.domain.Tags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Instances in SQLite. Every statement names the organization, so no caller can reach another's rows; the
 * configuration is encrypted with the organization and instance ids as associated data.
 */
public final class SqliteInstanceStore implements InstanceStore {
  /** Tags cannot contain control characters, so this one separates them safely. */
  private static final String TAG_SEPARATOR = "\u001f";

  private final SqliteDatabase database;
  private final ElementCatalog catalog;
  private final ConfigurationCipher cipher;

  public SqliteInstanceStore(SqliteDatabase database, ElementCatalog catalog, ConfigurationCipher cipher) {
    this.database = database;
    this.catalog = catalog;
    this.cipher = cipher;
  }

  /**
   * One INSERT per instance: the id is taken inside the write transaction, which holds the database's write lock,
   * so the configuration can be encrypted with its id before the row is written.
   */
  @Override
  public CompletionStage<Instance> add(NewInstance instance, SecretDigest tokenDigest) {
    long organizationId = instance.owner().organizationId();
    byte[] plaintext = ConfigurationCodec.encode(instance.configuration().values());
    return database.writeLater("save the instance", connection -> {
      long id = database.nextInstanceId(connection);
      PreparedStatement insert = database.prepared(connection, "INSERT INTO instances (id, org_id, user_id, "
          + "element_id, element_key, name, tags, configuration, token_digest, valid, disabled, created_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?)");
      insert.setLong(1, id);
      insert.setLong(2, organizationId);
      insert.setLong(3, instance.owner().userId());
      insert.setLong(4, instance.element().id());
      insert.setString(5, instance.element().key());
      insert.setString(6, instance.name().value());
      insert.setString(7, String.join(TAG_SEPARATOR, instance.tags().values()));
      insert.setBytes(8, cipher.encrypt(plaintext, associatedData(organizationId, id)));
      insert.setBytes(9, tokenDigest.bytes());
      insert.setLong(10, instance.createdAt().getEpochSecond());
      insert.executeUpdate();
      return instance.withId(id);
    });
  }

  /** From the cache when it has the instance, else from SQLite; either way only the organization's own. */
  @Override
  public Optional<Instance> find(long organizationId, long id) {
    InstanceCache cache = database.instanceCache();
    Instance kept = cache.get(id);
    if (kept != null) {
      return ownedBy(organizationId, kept);
    }
    long generation = cache.generation();
    Optional<StoredInstance> stored = database.read("read the instance", connection -> {
      PreparedStatement select = database.prepared(connection,
          "SELECT " + StoredInstance.COLUMNS + " FROM instances WHERE id = ? AND org_id = ?");
      select.setLong(1, id);
      select.setLong(2, organizationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(StoredInstance.read(row)) : Optional.empty();
      }
    });
    Optional<Instance> found = stored.map(this::restore);
    found.ifPresent(instance -> cache.keep(generation, instance));
    return found;
  }

  /** Another organization's instance is not found here either; {@link #find} gives the same answer. */
  @Override
  public Optional<Instance> findInMemory(long organizationId, long id) {
    Instance kept = database.instanceCache().get(id);
    return kept == null ? Optional.empty() : ownedBy(organizationId, kept);
  }

  private static Optional<Instance> ownedBy(long organizationId, Instance instance) {
    return instance.owner().organizationId() == organizationId ? Optional.of(instance) : Optional.empty();
  }

  @Override
  public List<Instance> list(long organizationId, InstanceQuery query) {
    return database.read("list instances", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT " + StoredInstance.COLUMNS + " FROM instances WHERE org_id = ? ORDER BY id")) {
        select.setLong(1, organizationId);
        List<Instance> instances = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            StoredInstance stored = StoredInstance.read(row);
            if (tags(stored.tags()).containsAll(query.tags())) {
              instances.add(restore(stored));
            }
          }
        }
        return instances;
      }
    });
  }

  @Override
  public CompletionStage<Boolean> delete(long organizationId, long id) {
    return database.writeLater("delete the instance", connection -> {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM instances WHERE id = ? AND org_id = ?")) {
        delete.setLong(1, id);
        delete.setLong(2, organizationId);
        boolean deleted = delete.executeUpdate() == 1;
        if (deleted) {
          database.passInstanceId(connection, id);
        }
        return deleted;
      }
    }).thenApply(deleted -> {
      if (deleted) {
        database.instanceCache().forget(id);
      }
      return deleted;
    });
  }

  private Instance restore(StoredInstance row) {
    byte[] plaintext = cipher.decrypt(row.configuration(), associatedData(row.organizationId(), row.id()))
        .orElseThrow(() -> new UnreadableInstanceException(row.id(), null));
    Configuration configuration;
    try {
      configuration = new Configuration(ConfigurationCodec.decode(plaintext));
    } catch (IOException e) {
      throw new UnreadableInstanceException(row.id(), e);
    }
    return new Instance(row.id(), new InstanceName(row.name()), tags(row.tags()),
        element(row.elementId(), row.elementKey()), configuration, row.valid(), row.disabled(),
        new Owner(row.organizationId(), row.userId()), Instant.ofEpochSecond(row.createdAt()));
  }

  private static Tags tags(String joined) {
    return new Tags(joined.isEmpty() ? List.of() : Arrays.asList(joined.split(TAG_SEPARATOR, -1)));
  }

  /** An element removed from the catalog still describes its instances; its unknown keys stay masked. */
  private Element element(long elementId, String key) {
    return catalog.byKey(key).filter(e -> e.id() == elementId).or(() -> catalog.byId(elementId)).orElseGet(
        () -> new Element(elementId, key, key, "This element is no longer in the catalog.", null,
            AuthenticationType.CUSTOM, "general", null, null, List.of()));
  }

  static byte[] associatedData(long organizationId, long instanceId) {
    return ("plugboard/instance/v1/" + organizationId + "/" + instanceId).getBytes(StandardCharsets.UTF_8);
  }
}
