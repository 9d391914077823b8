package io.plugboard.domain;

import java.util.Arrays;
import java.util.Optional;

/** How an element's provider authenticates, with the names Open Connectors uses on the wire. */
public enum AuthenticationType {
  BASIC("basic"),
  OAUTH2("oauth2"),
  OAUTH1("oauth1"),
  CUSTOM("custom"),
  API_KEY("apiKey");

  private final String wireName;

  AuthenticationType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public boolean isOauth() {
    return this == OAUTH1 || this == OAUTH2;
  }

  public static Optional<AuthenticationType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
