package io.plugboard.adapter.sqlite;

/** The database cannot be opened as a Plugboard store; the message says why and what to do. Stops start-up. */
public final class SqliteStoreException extends RuntimeException {
  public SqliteStoreException(String message) {
    super(message);
  }

  public SqliteStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
