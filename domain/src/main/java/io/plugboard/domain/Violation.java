package io.plugboard.domain;

import java.util.Objects;

/** One problem with a request: the field it concerns, as a JSON path ({@code configuration.username}), and what is wrong. */
public record Violation(String field, String message) {
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
