package io.plugboard.application.port.in;

import io.plugboard.domain.Owner;

/** An authenticated user of an organization, on whose behalf a use case runs. */
public record Caller(long organizationId, long userId) {
  public Owner asOwner() {
    return new Owner(organizationId, userId);
  }
}
