package io.plugboard.application.port.in;

import io.plugboard.domain.Organization;
import io.plugboard.domain.User;

/** A created account with its secrets, shown this once and never again. */
public record NewAccount(Organization organization, User user, Credentials credentials) {
  @Override
  public String toString() {
    return "NewAccount[organization=" + organization + ", user=" + user + ", credentials=redacted]";
  }
}
