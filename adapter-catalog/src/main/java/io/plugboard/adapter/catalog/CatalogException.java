package io.plugboard.adapter.catalog;

/** A descriptor that cannot be used; the message names the file and the field. Stops start-up. */
public final class CatalogException extends RuntimeException {
  public CatalogException(String message) {
    super(message);
  }
}
