package io.plugboard.domain;

import java.time.Instant;
import java.util.Objects;

/** A stored, authenticated connection of one organization's user to one element. */
public record Instance(
    long id,
    InstanceName name,
    Tags tags,
    Element element,
    Configuration configuration,
    boolean valid,
    boolean disabled,
    Owner owner,
    Instant createdAt) {

  public Instance {
    if (id <= 0) {
      throw new IllegalArgumentException("instance id must be positive, got " + id);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
