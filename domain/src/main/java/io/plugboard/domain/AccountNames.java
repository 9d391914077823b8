package io.plugboard.domain;

/** The rules for an organization's name and a user's email or name. */
public final class AccountNames {
  public static final int MAX_LENGTH = 255;

  private AccountNames() {}

  /** The trimmed name, or null after recording why it cannot be one. */
  public static String organizationName(String raw, Violations violations) {
    return text("organization", raw, violations);
  }

  /** The trimmed email or name, or null after recording why it cannot be one. */
  public static String userEmail(String raw, Violations violations) {
    return text("user", raw, violations);
  }

  private static String text(String field, String raw, Violations violations) {
    if (raw == null || raw.isBlank()) {
      violations.add(field, "is required");
      return null;
    }
    String trimmed = raw.strip();
    if (Text.hasControlCharacters(trimmed)) {
      violations.add(field, "must not contain control characters");
      return null;
    }
    if (Text.codePoints(trimmed) > MAX_LENGTH) {
      violations.add(field, "must be at most " + MAX_LENGTH + " characters");
      return null;
    }
    return trimmed;
  }
}
