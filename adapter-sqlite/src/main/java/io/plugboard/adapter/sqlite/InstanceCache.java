package io.plugboard.adapter.sqlite;

import io.plugboard.domain.Instance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Instances read recently, so that reading one again skips SQLite, whose driver costs more than the rest of a
 * read together. They are kept decrypted: whoever can read this process's memory can read its keys as well.
 *
 * <p>This process's deletes forget their instance once committed. Commits by another process on the same file (the
 * command line beside a server) are noticed by a {@link CommitWatch}, which compares SQLite's {@code data_version}:
 * the writer thread's after each of its commits, and the reading thread's own whenever the last look is more than
 * {@link #LOOK_AHEAD_NANOS} old; a change forgets them all. A kept instance is served only while the last look is at
 * most {@link #FRESH_NANOS} old. So another process's delete is seen here within that time, however late the
 * writer thread is scheduled. What was read from SQLite before a forget is not kept.
 */
final class InstanceCache {
  static final int CAPACITY = 20_000;
  static final long FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  /**
   * A reading thread looks itself once the last look is this old, before it is too old to trust, so that the
   * others, which find it looking, still have a fresh look to go by.
   */
  static final long LOOK_AHEAD_NANOS = FRESH_NANOS / 2;
  /** Once a second has passed without reads, the writer drops the instances after its next batch. */
  static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long NOTE_READ_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Map<Long, Instance> instances = new ConcurrentHashMap<>();
  private final BooleanSupplier lookFromHere;
  private final LongSupplier nanoTime;
  private volatile long generation;
  private volatile long lookedAt;
  private volatile long lastRead;

  /**
   * @param lookFromHere looks at other processes' commits from the calling thread, or says false when it cannot
   *     without waiting (another thread is looking)
   * @param nanoTime the clock, {@link System#nanoTime} but in tests
   */
  InstanceCache(BooleanSupplier lookFromHere, LongSupplier nanoTime) {
    this.lookFromHere = lookFromHere;
    this.nanoTime = nanoTime;
    lookedAt = nanoTime.getAsLong() - 2 * IDLE_NANOS;
    lastRead = lookedAt;
  }

  /** The kept instance, or null when there is none or nobody could look at other processes' commits just now. */
  Instance get(long id) {
    long now = nanoTime.getAsLong();
    if (now - lastRead > NOTE_READ_EVERY_NANOS) {
      lastRead = now;
    }
    long age = now - lookedAt;
    if (age > LOOK_AHEAD_NANOS && !lookFromHere.getAsBoolean() && age > FRESH_NANOS) {
      return null;
    }
    return instances.get(id);
  }

  /** The clock a look reads before it begins. */
  long now() {
    return nanoTime.getAsLong();
  }

  /** Taken before reading from SQLite, and given back to {@link #keep}. */
  long generation() {
    return generation;
  }

  /** Keeps an instance read from SQLite, unless something was forgotten since the read began. */
  synchronized void keep(long generationBeforeRead, Instance instance) {
    if (generation != generationBeforeRead) {
      return;
    }
    if (instances.size() >= CAPACITY) {
      instances.clear();
    }
    instances.put(instance.id(), instance);
  }

  /** After this process committed a change to the instance. */
  synchronized void forget(long id) {
    generation++;
    instances.remove(id);
  }

  /** After another process committed something. */
  synchronized void forgetAll() {
    generation++;
    instances.clear();
  }

  /** Nothing changed, but nobody reads: the memory is better free. */
  void drop() {
    instances.clear();
  }

  /** For the writer thread: whether instances are being read, so that they are worth keeping. */
  boolean inUse(long now) {
    return now - lastRead < IDLE_NANOS;
  }

  /** For a {@link CommitWatch}: no other process had committed when it began to look at {@code startedAt}. */
  void unchangedSince(long startedAt) {
    lookedAt = startedAt;
  }
}
