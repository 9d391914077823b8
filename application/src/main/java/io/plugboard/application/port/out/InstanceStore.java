package io.plugboard.application.port.out;

import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.domain.Instance;
import io.plugboard.domain.NewInstance;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where instances are kept. Every read and write names the organization, and a store must never return or
 * change another organization's instance.
 */
public interface InstanceStore {
  /**
   * Keeps the instance and its token digest. The stage completes with the instance and its new positive id once
   * it is durable, never before, and fails with {@link StoreUnavailableException} when it cannot be kept. The
   * calling thread is not held while the store works; the stage may complete on the store's own thread.
   */
  CompletionStage<Instance> add(NewInstance instance, SecretDigest tokenDigest);

  Optional<Instance> find(long organizationId, long id);

  /**
   * The instance, when the store has it in memory and so can answer without waiting; empty when only {@link #find}
   * can tell. Never a different answer from that method. A store that keeps nothing in memory leaves this default.
   */
  default Optional<Instance> findInMemory(long organizationId, long id) {
    return Optional.empty();
  }

  /** The organization's instances that carry every tag of the query, by ascending id. */
  List<Instance> list(long organizationId, InstanceQuery query);

  /**
   * Deletes the instance and its token digest. The stage completes once that is durable, with false when the
   * organization has no instance with that id; like {@link #add}, it does not hold the calling thread.
   */
  CompletionStage<Boolean> delete(long organizationId, long id);
}
