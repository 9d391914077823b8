package io.plugboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plugboard.application.port.Stages;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.domain.Instance;
import io.plugboard.domain.NewInstance;
import io.plugboard.domain.Owner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link InstanceStore} must do. A store's test extends this and supplies a fresh, empty store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class InstanceStoreContract {
  protected static final Owner ACME = new Owner(1, 1);
  protected static final Owner ACME_OTHER_USER = new Owner(1, 2);
  protected static final Owner GLOBEX = new Owner(2, 3);

  private final TestSecrets secrets = new TestSecrets();

  /** A new empty store, whose organizations 1 and 2 exist, for each test. */
  protected abstract InstanceStore store();

  protected Instance add(InstanceStore store, NewInstance instance) {
    return Stages.await(store.add(instance, secrets.digest(secrets.newInstanceToken())));
  }

  @Test
  void an_added_instance_gets_a_positive_id_and_reads_back_unchanged() {
    InstanceStore store = store();
    NewInstance submitted = NewInstances.of(Elements.freshdesk(), ACME, "Support desk",
        Map.of("subdomain", "acme", "username", "s3cr\u00e9t \uD83D\uDD11", "region", "eu"), "Docs", "QA Box");

    Instance added = add(store, submitted);

    assertThat(added.id()).isPositive();
    assertThat(added).isEqualTo(submitted.withId(added.id()));
    assertThat(store.find(ACME.organizationId(), added.id())).contains(added);
  }

  @Test
  void configuration_order_and_unicode_survive() {
    InstanceStore store = store();
    Instance added = add(store, NewInstances.of(Elements.freshdesk(), ACME, "Order",
        new LinkedHashMap<>(Map.of("username", "\u0000-free \u2603")), "t"));

    Instance read = store.find(ACME.organizationId(), added.id()).orElseThrow();
    assertThat(read.configuration().values()).containsExactly(Map.entry("username", "\u0000-free \u2603"));
  }

  @Test
  void ids_are_unique_and_increasing() {
    InstanceStore store = store();
    long first = add(store, NewInstances.mixpanel(ACME, "one")).id();
    long second = add(store, NewInstances.mixpanel(GLOBEX, "two")).id();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void another_organization_cannot_read_list_or_delete_an_instance() {
    InstanceStore store = store();
    Instance acme = add(store, NewInstances.mixpanel(ACME, "acme's"));

    assertThat(store.find(GLOBEX.organizationId(), acme.id())).isEmpty();
    assertThat(store.list(GLOBEX.organizationId(), InstanceQuery.all())).isEmpty();
    assertThat(Stages.await(store.delete(GLOBEX.organizationId(), acme.id()))).isFalse();
    assertThat(store.find(ACME.organizationId(), acme.id())).isPresent();
  }

  @Test
  void users_of_one_organization_share_its_instances() {
    InstanceStore store = store();
    Instance mine = add(store, NewInstances.mixpanel(ACME, "shared"));
    assertThat(store.find(ACME_OTHER_USER.organizationId(), mine.id())).contains(mine);
  }

  @Test
  void a_missing_id_is_empty() {
    assertThat(store().find(ACME.organizationId(), 987_654)).isEmpty();
  }

  @Test
  void list_returns_the_organizations_instances_oldest_first_filtered_by_every_tag() {
    InstanceStore store = store();
    Instance a = add(store, NewInstances.mixpanel(ACME, "a", "prod", "eu"));
    add(store, NewInstances.mixpanel(GLOBEX, "globex", "prod"));
    Instance b = add(store, NewInstances.mixpanel(ACME, "b", "prod"));
    Instance c = add(store, NewInstances.mixpanel(ACME, "c", "eu", "prod", "x"));

    assertThat(store.list(ACME.organizationId(), InstanceQuery.all())).containsExactly(a, b, c);
    assertThat(store.list(ACME.organizationId(), new InstanceQuery(List.of("prod")))).containsExactly(a, b, c);
    assertThat(store.list(ACME.organizationId(), new InstanceQuery(List.of("eu", "prod")))).containsExactly(a, c);
    assertThat(store.list(ACME.organizationId(), new InstanceQuery(List.of("none")))).isEmpty();
  }

  @Test
  void delete_removes_only_that_instance() {
    InstanceStore store = store();
    Instance gone = add(store, NewInstances.mixpanel(ACME, "gone"));
    Instance kept = add(store, NewInstances.mixpanel(ACME, "kept"));

    assertThat(Stages.await(store.delete(ACME.organizationId(), gone.id()))).isTrue();
    assertThat(store.find(ACME.organizationId(), gone.id())).isEmpty();
    assertThat(Stages.await(store.delete(ACME.organizationId(), gone.id()))).isFalse();
    assertThat(store.list(ACME.organizationId(), InstanceQuery.all())).containsExactly(kept);
  }

  @Test
  void adds_submitted_without_waiting_all_complete_in_order_and_are_kept() {
    InstanceStore store = store();
    List<java.util.concurrent.CompletableFuture<Instance>> pending = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      pending.add(store.add(NewInstances.mixpanel(ACME, "queued " + i), secrets.digest("queued " + i))
          .toCompletableFuture());
    }
    List<Long> ids = pending.stream().map(future -> future.join().id()).toList();

    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(store.list(ACME.organizationId(), InstanceQuery.all())).extracting(Instance::id)
        .containsExactlyElementsOf(ids);
  }

  @Test
  void what_is_found_in_memory_is_what_find_finds_and_never_another_organizations() {
    InstanceStore store = store();
    Instance added = add(store, NewInstances.mixpanel(ACME, "kept"));
    assertThat(store.find(ACME.organizationId(), added.id())).contains(added);

    assertThat(store.findInMemory(ACME.organizationId(), added.id())).satisfiesAnyOf(
        found -> assertThat(found).isEmpty(), found -> assertThat(found).contains(added));
    assertThat(store.findInMemory(GLOBEX.organizationId(), added.id())).isEmpty();
    assertThat(Stages.await(store.delete(ACME.organizationId(), added.id()))).isTrue();
    assertThat(store.findInMemory(ACME.organizationId(), added.id())).isEmpty();
  }

  @Test
  void the_id_of_a_deleted_newest_instance_is_not_given_again() {
    InstanceStore store = store();
    Instance newest = add(store, NewInstances.mixpanel(ACME, "newest"));
    assertThat(Stages.await(store.delete(ACME.organizationId(), newest.id()))).isTrue();

    assertThat(add(store, NewInstances.mixpanel(GLOBEX, "next")).id()).isGreaterThan(newest.id());
  }

  @Test
  void an_instance_read_then_deleted_is_not_found_again() {
    InstanceStore store = store();
    Instance read = add(store, NewInstances.mixpanel(ACME, "read, then deleted"));
    assertThat(store.find(ACME.organizationId(), read.id())).contains(read);
    assertThat(store.find(GLOBEX.organizationId(), read.id())).isEmpty();

    assertThat(Stages.await(store.delete(ACME.organizationId(), read.id()))).isTrue();

    assertThat(store.find(ACME.organizationId(), read.id())).isEmpty();
  }

  @Test
  void concurrent_adds_get_distinct_ids_and_are_all_kept() throws Exception {
    InstanceStore store = store();
    int threads = 8;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            ids.add(add(store, NewInstances.mixpanel(ACME, "t" + thread + "-" + i)).id());
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).hasSize(threads * perThread);
    assertThat(store.list(ACME.organizationId(), InstanceQuery.all())).hasSize(threads * perThread);
  }
}
