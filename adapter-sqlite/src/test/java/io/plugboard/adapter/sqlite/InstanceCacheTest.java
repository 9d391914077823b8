package io.plugboard.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.plugboard.domain.Instance;
import io.plugboard.domain.Owner;
import io.plugboard.testkit.NewInstances;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstanceCacheTest {
  private final AtomicInteger looksFromHere = new AtomicInteger();
  private final AtomicBoolean otherProcessCommitted = new AtomicBoolean();
  private final AtomicBoolean anotherThreadIsLooking = new AtomicBoolean();
  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
  private final InstanceCache cache = new InstanceCache(this::lookFromHere, now::get);

  /** What SqliteDatabase's look does, with the other process and the other thread played by the test. */
  private boolean lookFromHere() {
    if (anotherThreadIsLooking.get()) {
      return false;
    }
    looksFromHere.incrementAndGet();
    if (otherProcessCommitted.getAndSet(false)) {
      cache.forgetAll();
    }
    cache.unchangedSince(now.get());
    return true;
  }

  private static Instance row(long id) {
    return NewInstances.mixpanel(new Owner(1, 1), "n").withId(id);
  }

  private void writerLookedJustNow() {
    cache.unchangedSince(now.get());
  }

  @Test
  void a_kept_row_is_served_while_the_writer_has_looked_recently() {
    writerLookedJustNow();
    Instance seven = row(7);
    cache.keep(cache.generation(), seven);

    assertThat(cache.get(7)).isSameAs(seven);
    assertThat(cache.get(8)).isNull();
    assertThat(looksFromHere).hasValue(0);
  }

  @Test
  void when_the_writer_has_not_looked_lately_the_reading_thread_looks_itself_and_serves_the_row() {
    writerLookedJustNow();
    Instance seven = row(7);
    cache.keep(cache.generation(), seven);
    now.addAndGet(InstanceCache.FRESH_NANOS + 1);

    assertThat(cache.get(7)).isSameAs(seven);
    assertThat(looksFromHere).hasValue(1);
    assertThat(cache.get(7)).as("served on the strength of that look").isSameAs(seven);
    assertThat(looksFromHere).hasValue(1);
  }

  @Test
  void a_look_by_the_reading_thread_that_finds_another_process_committed_forgets_every_row() {
    writerLookedJustNow();
    cache.keep(cache.generation(), row(7));
    otherProcessCommitted.set(true);
    now.addAndGet(InstanceCache.FRESH_NANOS + 1);

    assertThat(cache.get(7)).isNull();
    assertThat(looksFromHere).hasValue(1);
  }

  @Test
  void a_reading_thread_looks_ahead_and_while_another_is_looking_the_last_look_still_serves() {
    writerLookedJustNow();
    Instance seven = row(7);
    cache.keep(cache.generation(), seven);
    now.addAndGet(InstanceCache.LOOK_AHEAD_NANOS + 1);

    assertThat(cache.get(7)).isSameAs(seven);
    assertThat(looksFromHere).hasValue(1);

    now.addAndGet(InstanceCache.LOOK_AHEAD_NANOS + 1);
    anotherThreadIsLooking.set(true);
    assertThat(cache.get(7)).isSameAs(seven);
    assertThat(looksFromHere).hasValue(1);
  }

  @Test
  void a_row_is_not_served_when_the_last_look_is_old_and_the_reading_thread_cannot_look() {
    writerLookedJustNow();
    cache.keep(cache.generation(), row(7));
    now.addAndGet(InstanceCache.FRESH_NANOS + 1);
    anotherThreadIsLooking.set(true);

    assertThat(cache.get(7)).isNull();
  }

  @Test
  void a_row_read_before_a_forget_is_not_kept() {
    writerLookedJustNow();
    long beforeRead = cache.generation();
    cache.forget(7);
    cache.keep(beforeRead, row(7));
    assertThat(cache.get(7)).isNull();

    long beforeOtherRead = cache.generation();
    cache.forgetAll();
    cache.keep(beforeOtherRead, row(8));
    assertThat(cache.get(8)).isNull();
  }

  @Test
  void forget_drops_one_row_and_forget_all_every_row() {
    writerLookedJustNow();
    cache.keep(cache.generation(), row(1));
    cache.keep(cache.generation(), row(2));
    cache.keep(cache.generation(), row(3));

    cache.forget(1);
    assertThat(cache.get(1)).isNull();
    assertThat(cache.get(2)).extracting(Instance::id).isEqualTo(2L);

    cache.forgetAll();
    assertThat(cache.get(2)).isNull();
    assertThat(cache.get(3)).isNull();
  }

  @Test
  void it_is_in_use_only_while_rows_are_read() {
    assertThat(cache.inUse(now.get())).isFalse();
    cache.get(1);
    assertThat(cache.inUse(now.get())).isTrue();
    assertThat(cache.inUse(now.get() + InstanceCache.IDLE_NANOS)).isFalse();
  }

  @Test
  void a_full_cache_starts_again_rather_than_grow() {
    writerLookedJustNow();
    for (long id = 1; id <= InstanceCache.CAPACITY + 1; id++) {
      cache.keep(cache.generation(), row(id));
    }
    assertThat(cache.get(1)).isNull();
    assertThat(cache.get(InstanceCache.CAPACITY + 1)).extracting(Instance::id)
        .isEqualTo(InstanceCache.CAPACITY + 1L);
  }
}
