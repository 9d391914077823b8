package io.plugboard.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Every violation of one request, reported together. Messages never contain submitted values. */
public final class ValidationException extends DomainException {
  private final transient List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.field() + " " + v.message())
        .collect(Collectors.joining("; ", "Invalid request: ", ""));
  }
}
