package io.plugboard.application.port.in;

import java.util.List;

/** Which of the caller's instances to list: those carrying every one of {@code tags}, oldest first. */
public record InstanceQuery(List<String> tags) {
  public InstanceQuery {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public static InstanceQuery all() {
    return new InstanceQuery(List.of());
  }
}
