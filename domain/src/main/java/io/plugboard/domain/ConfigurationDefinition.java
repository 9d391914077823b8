package io.plugboard.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an element accepts under one configuration key. A value is secret when the definition says so or its
 * type is {@code PASSWORD}; secrets are encrypted at rest and never shown again.
 */
public record ConfigurationDefinition(
    String key,
    String name,
    String description,
    ConfigurationType type,
    boolean required,
    String defaultValue,
    boolean secret,
    boolean hideFromConsole,
    int displayOrder,
    ValueFormat format,
    List<ConfigurationOption> options) {

  public ConfigurationDefinition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    name = name == null ? key : name;
    description = description == null ? name : description;
    format = format == null ? ValueFormat.ANY : format;
    options = options == null ? List.of() : List.copyOf(options);
    secret = secret || type == ConfigurationType.PASSWORD;
    if (type == ConfigurationType.COMBO && options.isEmpty()) {
      throw new IllegalArgumentException("configuration '" + key + "' of type COMBO needs options");
    }
  }

  /** A definition with only the essentials; the rest take their defaults. */
  public static ConfigurationDefinition of(String key, String name, ConfigurationType type, boolean required) {
    return new ConfigurationDefinition(key, name, null, type, required, null, false, false, 0, null, null);
  }

  public List<String> optionValues() {
    return options.stream().map(ConfigurationOption::value).toList();
  }
}
