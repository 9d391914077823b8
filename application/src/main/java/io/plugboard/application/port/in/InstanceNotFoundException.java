package io.plugboard.application.port.in;

/** No instance with that id exists in the caller's organization (whether or not it exists elsewhere). */
public final class InstanceNotFoundException extends RuntimeException {
  public InstanceNotFoundException(long id) {
    super("No element instance found with ID " + id, null, false, false);
  }
}
