package io.plugboard.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks submitted configuration against an element's definitions and turns it into a {@link Configuration}. */
public final class ConfigurationPolicy {
  static final String FIELD = "configuration";
  static final int MAX_KEYS = 200;
  static final int MAX_KEY_LENGTH = 128;

  private ConfigurationPolicy() {}

  /**
   * Every problem is added to {@code violations}: unknown keys (with the known ones and a likely intended
   * one), values that do not fit their type, and all missing required keys at once. Returns null when any
   * problem was found.
   */
  public static Configuration validate(Map<String, ?> submitted, Element element, Violations violations) {
    Map<String, ?> raw = submitted == null ? Map.of() : submitted;
    if (raw.size() > MAX_KEYS) {
      violations.add(FIELD, "must have at most " + MAX_KEYS + " keys, got " + raw.size());
      return null;
    }
    boolean valid = true;
    Map<String, String> accepted = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : raw.entrySet()) {
      String key = entry.getKey();
      if (key == null || key.length() > MAX_KEY_LENGTH || Text.hasControlCharacters(key)) {
        violations.add(FIELD, "has a key that is empty, longer than " + MAX_KEY_LENGTH
            + " characters or contains control characters");
        valid = false;
        continue;
      }
      String field = FIELD + "." + key;
      Optional<ConfigurationDefinition> definition = element.definition(key);
      if (definition.isEmpty()) {
        violations.add(field, unknownKeyMessage(key, element));
        valid = false;
        continue;
      }
      Object value = entry.getValue();
      Optional<String> text = asText(value);
      if (value != null && text.isEmpty()) {
        violations.add(field, "must be a string, a number or a boolean");
        valid = false;
        continue;
      }
      if (text.isEmpty() || text.get().isEmpty()) {
        continue;
      }
      ConfigurationType type = definition.get().type();
      Optional<String> problem = type.problem(text.get(), definition.get());
      if (problem.isPresent()) {
        violations.add(field, problem.get());
        valid = false;
      } else {
        accepted.put(key, type.normalise(text.get()));
      }
    }
    for (ConfigurationDefinition definition : element.configuration()) {
      if (accepted.containsKey(definition.key()) || violations.touches(FIELD + "." + definition.key())) {
        continue;
      }
      if (definition.defaultValue() != null) {
        accepted.put(definition.key(), definition.defaultValue());
      } else if (definition.required()) {
        violations.add(FIELD + "." + definition.key(), "is required");
        valid = false;
      }
    }
    if ("true".equals(accepted.get(CommonConfiguration.EVENTS_ENABLED))
        && !"polling".equals(accepted.get("event.vendor.type"))
        && !accepted.containsKey(CommonConfiguration.CALLBACK_URL)
        && !violations.touches(FIELD + "." + CommonConfiguration.CALLBACK_URL)) {
      violations.add(FIELD + "." + CommonConfiguration.CALLBACK_URL,
          "is required when " + CommonConfiguration.EVENTS_ENABLED + " is true");
      valid = false;
    }
    return valid ? new Configuration(accepted) : null;
  }

  private static String unknownKeyMessage(String key, Element element) {
    List<String> known = element.knownKeys();
    StringBuilder message = new StringBuilder("is not a configuration key of element '").append(element.key())
        .append("'.");
    Suggestions.closest(key, known).ifPresent(s -> message.append(" Did you mean '").append(s).append("'?"));
    return message.append(" Known keys: ").append(String.join(", ", known)).toString();
  }

  private static Optional<String> asText(Object value) {
    if (value instanceof String) {
      return Optional.of((String) value);
    }
    if (value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return Optional.of(value.toString());
    }
    if (value instanceof BigDecimal) {
      return Optional.of(((BigDecimal) value).stripTrailingZeros().toPlainString());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString())
          : Optional.empty();
    }
    return Optional.empty();
  }
}
