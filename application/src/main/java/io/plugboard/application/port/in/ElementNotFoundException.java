package io.plugboard.application.port.in;

/** No element in the catalog has that key or id. */
public final class ElementNotFoundException extends RuntimeException {
  public ElementNotFoundException(String keyOrId) {
    super("No element found with key or ID '" + keyOrId + "'", null, false, false);
  }
}
