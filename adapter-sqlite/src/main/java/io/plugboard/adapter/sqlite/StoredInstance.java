package io.plugboard.adapter.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the instances table as stored: the configuration is still the ciphertext. */
record StoredInstance(
    long id,
    long organizationId,
    long userId,
    long elementId,
    String elementKey,
    String name,
    String tags,
    byte[] configuration,
    boolean valid,
    boolean disabled,
    long createdAt) {

  /** The columns {@link #read} expects, in its order. */
  static final String COLUMNS =
      "id, org_id, user_id, element_id, element_key, name, tags, configuration, valid, disabled, created_at";

  /** Reads the current row by position: the driver looks column names up through JNI on every call. */
  static StoredInstance read(ResultSet row) throws SQLException {
    return new StoredInstance(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getString(5),
        row.getString(6), row.getString(7), row.getBytes(8), row.getInt(9) == 1, row.getInt(10) == 1,
        row.getLong(11));
  }
}
