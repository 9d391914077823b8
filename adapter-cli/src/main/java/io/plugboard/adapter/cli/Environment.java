package io.plugboard.adapter.cli;

import java.util.Map;
import java.util.Optional;

/** The process environment, passed in so that tests can set it. */
public record Environment(Map<String, String> variables, boolean interactive) {
  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
  }
}
