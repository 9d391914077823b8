package io.plugboard.domain;

import java.util.Objects;

/** A tenant: every instance belongs to exactly one. */
public record Organization(long id, String name) {
  public Organization {
    if (id <= 0) {
      throw new IllegalArgumentException("organization id must be positive, got " + id);
    }
    Objects.requireNonNull(name, "name");
  }
}
