package io.plugboard.wire;

import io.plugboard.application.port.in.Credentials;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code Authorization: User <secret>, Organization <secret>[, Element <token>]}: pairs in any order,
 * kinds in any case, spaces around commas tolerated. Anything else reads as no credentials.
 */
public final class AuthorizationHeader {
  /** Longer headers are refused unread; real ones are about 100 characters. */
  public static final int MAX_LENGTH = 1024;

  private AuthorizationHeader() {}

  public static Optional<Credentials> parse(String header) {
    if (header == null || header.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String user = null;
    String organization = null;
    String element = null;
    for (String pair : header.split(",", -1)) {
      String[] parts = pair.strip().split("\\s+");
      if (parts.length != 2) {
        return Optional.empty();
      }
      String kind = parts[0].toLowerCase(Locale.ROOT);
      String secret = parts[1];
      if (kind.equals("user") && user == null) {
        user = secret;
      } else if (kind.equals("organization") && organization == null) {
        organization = secret;
      } else if (kind.equals("element") && element == null) {
        element = secret;
      } else {
        return Optional.empty();
      }
    }
    if (user == null || organization == null) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(user, organization));
  }
}
