package io.plugboard.domain;

import java.util.Objects;

/** A member of one organization, known by an email address or a name. */
public record User(long id, long organizationId, String email) {
  public User {
    if (id <= 0 || organizationId <= 0) {
      throw new IllegalArgumentException("user and organization ids must be positive");
    }
    Objects.requireNonNull(email, "email");
  }
}
