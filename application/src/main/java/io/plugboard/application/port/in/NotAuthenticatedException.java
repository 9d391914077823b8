package io.plugboard.application.port.in;

/** The same answer for every cause, so that a failed attempt learns nothing. */
public final class NotAuthenticatedException extends RuntimeException {
  public static final String MESSAGE = "Invalid Organization or User secret, or invalid Element token provided.";

  public NotAuthenticatedException() {
    super(MESSAGE, null, false, false);
  }
}
