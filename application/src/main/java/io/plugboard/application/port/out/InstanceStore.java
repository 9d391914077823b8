package io.plugboard.application.port.out;

import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.domain.Instance;
import io.plugboard.domain.NewInstance;
import java.util.List;
import java.util.Optional;

/**
 * Where instances are kept. Every read and write names the organization, and a store must never return or
 * change another organization's instance.
 */
public interface InstanceStore {
  /** Keeps the instance and its token digest durably, then returns it with its new positive id. */
  Instance add(NewInstance instance, SecretDigest tokenDigest);

  Optional<Instance> find(long organizationId, long id);

  /** The organization's instances that carry every tag of the query, by ascending id. */
  List<Instance> list(long organizationId, InstanceQuery query);

  /** @return false when the organization has no instance with that id */
  boolean delete(long organizationId, long id);
}
