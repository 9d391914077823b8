package io.plugboard.adapter.sqlite;

import io.plugboard.application.port.out.StoreUnavailableException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into messages an operator can act on; never includes SQL or values. */
final class SqliteErrors {
  private SqliteErrors() {}

  static StoreUnavailableException unavailable(String action, SQLException e) {
    return new StoreUnavailableException("The database could not " + action + ": " + reason(e), e);
  }

  static String reason(SQLException e) {
    if (!(e instanceof SQLiteException)) {
      return "unexpected database error";
    }
    SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
    switch (code.code & 0xff) {
      case 13:
        return "the disk is full";
      case 8:
        return "the database file is read-only for this user";
      case 11:
      case 26:
        return "the database file is corrupt or is not a Plugboard database";
      case 10:
        return "a disk I/O error occurred";
      case 5:
      case 6:
        return "the database stayed locked by another process for too long";
      case 14:
        return "the database file cannot be opened";
      default:
        return "SQLite error " + code.name();
    }
  }
}
