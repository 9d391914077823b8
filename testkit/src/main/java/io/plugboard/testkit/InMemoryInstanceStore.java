package io.plugboard.testkit;

import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.domain.Instance;
import io.plugboard.domain.NewInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A thread-safe store that forgets everything when dropped. */
public final class InMemoryInstanceStore implements InstanceStore {
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Instance> instances = new ConcurrentHashMap<>();
  private final Map<SecretDigest, Long> tokens = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Instance> add(NewInstance instance, SecretDigest tokenDigest) {
    Instance stored = instance.withId(ids.incrementAndGet());
    instances.put(stored.id(), stored);
    tokens.put(tokenDigest, stored.id());
    return CompletableFuture.completedFuture(stored);
  }

  @Override
  public Optional<Instance> find(long organizationId, long id) {
    return Optional.ofNullable(instances.get(id)).filter(i -> i.owner().organizationId() == organizationId);
  }

  /** Everything here is in memory. */
  @Override
  public Optional<Instance> findInMemory(long organizationId, long id) {
    return find(organizationId, id);
  }

  @Override
  public List<Instance> list(long organizationId, InstanceQuery query) {
    return instances.values().stream()
        .filter(i -> i.owner().organizationId() == organizationId)
        .filter(i -> i.tags().containsAll(query.tags()))
        .sorted(Comparator.comparingLong(Instance::id))
        .toList();
  }

  @Override
  public CompletionStage<Boolean> delete(long organizationId, long id) {
    boolean removed = find(organizationId, id).map(i -> instances.remove(id, i)).orElse(false);
    if (removed) {
      tokens.values().removeIf(v -> v == id);
    }
    return CompletableFuture.completedFuture(removed);
  }

  /** Which instance a token digest belongs to, so tests can check what was kept. */
  public Optional<Long> instanceIdForToken(SecretDigest tokenDigest) {
    return Optional.ofNullable(tokens.get(tokenDigest));
  }
}
