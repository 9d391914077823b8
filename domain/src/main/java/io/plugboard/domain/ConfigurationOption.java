package io.plugboard.domain;

import java.util.Objects;

/** One choice of a {@code COMBO} configuration definition. */
public record ConfigurationOption(String value, String description) {
  public ConfigurationOption {
    Objects.requireNonNull(value, "value");
    description = description == null ? value : description;
  }
}
