package io.plugboard.domain;

/** The organization and user an instance belongs to. */
public record Owner(long organizationId, long userId) {
  public Owner {
    if (organizationId <= 0 || userId <= 0) {
      throw new IllegalArgumentException("owner ids must be positive");
    }
  }
}
