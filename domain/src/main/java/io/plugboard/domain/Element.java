package io.plugboard.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A connector in the catalog, and the configuration it accepts. */
public record Element(
    long id,
    String key,
    String name,
    String description,
    String image,
    AuthenticationType authentication,
    String hub,
    String protocolType,
    ElementFlags flags,
    List<ConfigurationDefinition> configuration) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public Element {
    if (id <= 0) {
      throw new IllegalArgumentException("element id must be positive, got " + id);
    }
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("element key must be lower-case letters, digits, '.', '_' or '-', got '"
          + key + "'");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(authentication, "authentication");
    Objects.requireNonNull(hub, "hub");
    description = description == null ? "" : description;
    image = image == null ? "" : image;
    protocolType = protocolType == null ? "http" : protocolType;
    flags = flags == null ? ElementFlags.defaults(authentication.isOauth()) : flags;
    configuration = List.copyOf(configuration);
    Map<String, ConfigurationDefinition> seen = new LinkedHashMap<>();
    for (ConfigurationDefinition definition : configuration) {
      if (seen.put(definition.key(), definition) != null) {
        throw new IllegalArgumentException("configuration key '" + definition.key() + "' is defined twice");
      }
    }
  }

  public Optional<ConfigurationDefinition> definition(String configurationKey) {
    for (ConfigurationDefinition definition : configuration) {
      if (definition.key().equals(configurationKey)) {
        return Optional.of(definition);
      }
    }
    return CommonConfiguration.definition(configurationKey);
  }

  /** Every key this element accepts: its own first, then the keys common to all elements. */
  public List<String> knownKeys() {
    List<String> keys = new ArrayList<>(configuration.stream().map(ConfigurationDefinition::key).toList());
    CommonConfiguration.DEFINITIONS.stream().map(ConfigurationDefinition::key)
        .filter(k -> !keys.contains(k)).forEach(keys::add);
    return List.copyOf(keys);
  }

  /** Whether the value under this key must be kept secret; unknown keys are treated as secret, to be safe. */
  public boolean isSecret(String configurationKey) {
    return definition(configurationKey).map(ConfigurationDefinition::secret).orElse(true);
  }
}
