package io.plugboard.application.port.out;

/** The store could not be read or written (disk full, database locked, file unreadable). */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
