package io.plugboard.adapter.crypto;

/** Keys are missing, wrong or unreadable; the message says what to do. Stops start-up. */
public final class KeyException extends RuntimeException {
  public KeyException(String message) {
    super(message);
  }

  public KeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
