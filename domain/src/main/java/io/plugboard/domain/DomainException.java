package io.plugboard.domain;

/** A rule of the domain was broken by the caller's data (never a programming error). */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message, null, false, false);
  }
}
