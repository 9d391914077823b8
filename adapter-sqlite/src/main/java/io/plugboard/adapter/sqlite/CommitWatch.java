package io.plugboard.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Tells the instance cache whether other connections have committed, from one connection's {@code data_version},
 * which changes only when another connection commits. Used from one thread at a time.
 */
final class CommitWatch implements AutoCloseable {
  private final InstanceCache instances;
  private final PreparedStatement dataVersion;
  private long lastVersion;

  CommitWatch(Connection connection, InstanceCache instances) throws SQLException {
    this.instances = instances;
    this.dataVersion = connection.prepareStatement("PRAGMA data_version");
    this.lastVersion = read();
  }

  /** Forgets every kept instance if another connection committed since the last look, and vouches for the rest. */
  void look() throws SQLException {
    long startedAt = instances.now();
    long version = read();
    if (version != lastVersion) {
      lastVersion = version;
      instances.forgetAll();
    }
    instances.unchangedSince(startedAt);
  }

  private long read() throws SQLException {
    try (ResultSet result = dataVersion.executeQuery()) {
      return result.next() ? result.getLong(1) : 0;
    }
  }

  @Override
  public void close() throws SQLException {
    dataVersion.close();
  }
}
