package io.plugboard.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A validated instance that has no id yet: the store assigns one when it keeps it. */
public record NewInstance(
    InstanceName name, Tags tags, Element element, Configuration configuration, Owner owner, Instant createdAt) {

  public NewInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(owner, "owner");
    createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
  }

  public Instance withId(long id) {
    return new Instance(id, name, tags, element, configuration, true, false, owner, createdAt);
  }
}
