package io.plugboard.application.port.in;

import io.plugboard.domain.Instance;
import java.util.Objects;

/** A new instance with its token: the only time the token is ever available. */
public record CreatedInstance(Instance instance, String token) {
  public CreatedInstance {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(token, "token");
  }

  @Override
  public String toString() {
    return "CreatedInstance[id=" + instance.id() + ", token=redacted]";
  }
}
