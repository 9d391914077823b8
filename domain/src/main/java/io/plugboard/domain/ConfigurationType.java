package io.plugboard.domain;

import java.util.Locale;
import java.util.Optional;

/** The value types of Open Connectors configuration definitions, each with the check a submitted value must pass. */
public enum ConfigurationType {
  TEXTFIELD_32(32),
  TEXTFIELD_64(64),
  TEXTFIELD_128(128),
  TEXTFIELD_1000(1000),
  TEXTAREA(65_536),
  PASSWORD(4_096),
  BOOLEAN(1000),
  BOOLEAN_YESNO(1000),
  COMBO(1000);

  private final int maxLength;

  ConfigurationType(int maxLength) {
    this.maxLength = maxLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The stored form of a value that {@link #problem} found nothing wrong with. */
  String normalise(String value) {
    switch (this) {
      case BOOLEAN:
        return value.toLowerCase(Locale.ROOT);
      case BOOLEAN_YESNO:
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("yes") ? "yes" : "no";
      default:
        return value;
    }
  }

  /** What is wrong with a value for this type, in words; never repeats the value, which may be a secret. */
  Optional<String> problem(String value, ConfigurationDefinition definition) {
    if (Text.codePoints(value) > maxLength) {
      return Optional.of("must be at most " + maxLength + " characters");
    }
    boolean multiline = this == TEXTAREA;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        return Optional.of("must not contain control characters");
      }
    }
    switch (this) {
      case BOOLEAN:
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
            ? Optional.empty() : Optional.of("must be true or false");
      case BOOLEAN_YESNO:
        return value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no") || value.equalsIgnoreCase("true")
            || value.equalsIgnoreCase("false") ? Optional.empty() : Optional.of("must be yes or no");
      case COMBO:
        return definition.options().stream().anyMatch(o -> o.value().equals(value))
            ? Optional.empty()
            : Optional.of("must be one of: " + String.join(", ", definition.optionValues()));
      default:
        return definition.format().problem(value);
    }
  }
}
