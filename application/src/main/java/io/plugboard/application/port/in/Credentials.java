package io.plugboard.application.port.in;

import java.util.Objects;

/** A user secret and an organization secret, as the {@code Authorization} header carries them. */
public record Credentials(String userSecret, String organizationSecret) {
  public Credentials {
    Objects.requireNonNull(userSecret, "userSecret");
    Objects.requireNonNull(organizationSecret, "organizationSecret");
  }

  /** The ready value of the {@code Authorization} header for these secrets. */
  public String authorizationHeader() {
    return "User " + userSecret + ", Organization " + organizationSecret;
  }

  @Override
  public String toString() {
    return "Credentials[redacted]";
  }
}
