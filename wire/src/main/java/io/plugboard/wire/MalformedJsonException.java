package io.plugboard.wire;

/** A request body that is not acceptable JSON. The message says where and why, never what the body held. */
public final class MalformedJsonException extends RuntimeException {
  public MalformedJsonException(String message) {
    super(message, null, false, false);
  }
}
