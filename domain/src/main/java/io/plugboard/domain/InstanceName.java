package io.plugboard.domain;

/** An instance's display name: HTML tags stripped, then trimmed, 1 to 255 characters. */
public record InstanceName(String value) {
  public static final int MAX_LENGTH = 255;
  /** Longest raw text worth stripping; HTML may make a fine name longer than 255 before it is stripped. */
  static final int MAX_RAW_LENGTH = 16 * MAX_LENGTH;
  static final String FIELD = "name";

  public InstanceName {
    if (value == null || value.isEmpty() || Text.codePoints(value) > MAX_LENGTH
        || Text.hasControlCharacters(value) || !value.equals(Text.stripHtml(value).strip())) {
      throw new IllegalArgumentException("not a normalised instance name; use InstanceName.parse");
    }
  }

  /** Normalises a submitted name, or records why it cannot be one and returns null. */
  public static InstanceName parse(String raw, Violations violations) {
    if (raw == null) {
      violations.add(FIELD, "is required");
      return null;
    }
    if (raw.length() > MAX_RAW_LENGTH) {
      violations.add(FIELD, "must be at most " + MAX_LENGTH + " characters");
      return null;
    }
    if (Text.hasControlCharacters(raw)) {
      violations.add(FIELD, "must not contain control characters");
      return null;
    }
    String normalised = Text.stripHtml(raw).strip();
    if (normalised.isEmpty()) {
      violations.add(FIELD, "must not be empty once HTML tags and surrounding spaces are removed");
      return null;
    }
    if (Text.codePoints(normalised) > MAX_LENGTH) {
      violations.add(FIELD, "must be at most " + MAX_LENGTH + " characters");
      return null;
    }
    return new InstanceName(normalised);
  }

  @Override
  public String toString() {
    return value;
  }
}
