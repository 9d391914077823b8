package io.plugboard.adapter.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The schema's versions, applied in order at start; {@code PRAGMA user_version} records the last one applied. */
final class Migrations {
  static final List<String> SCRIPTS = List.of("V1__accounts_and_instances.sql",
      "V2__instance_ids_without_autoincrement.sql");

  private Migrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var result = statement.executeQuery("PRAGMA user_version")) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  /** Applies every missing version, each in its own transaction together with its version number. */
  static void apply(Connection connection, int from) throws SQLException {
    apply(connection, from, latest());
  }

  /** Applies the versions after {@code from} up to {@code to}; tests use it to build a file of an older version. */
  static void apply(Connection connection, int from, int to) throws SQLException {
    for (int version = from + 1; version <= to; version++) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("BEGIN IMMEDIATE");
        try {
          for (String sql : script(SCRIPTS.get(version - 1)).split(";\\s*\\n")) {
            if (!sql.isBlank()) {
              statement.execute(sql);
            }
          }
          statement.execute("PRAGMA user_version = " + version);
          statement.execute("COMMIT");
        } catch (SQLException e) {
          statement.execute("ROLLBACK");
          throw e;
        }
      }
    }
  }

  private static String script(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " is missing from the build");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      return sql.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
