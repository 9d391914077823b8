package io.plugboard.adapter.sqlite;

import io.plugboard.domain.Instance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Instances read recently, so that reading one again skips SQLite, whose driver costs more than the rest of a
 * read together. They are kept decrypted: whoever can read this process's memory can read its keys as well.
 *
 * <p>This process's deletes forget their instance once committed. Commits by another process on the same file (the
 * command line beside a server) are noticed by the writer thread, which compares SQLite's {@code data_version}
 * after each commit and every millisecond while instances are read; a change forgets them all. A kept instance is
 * served only while the writer's last look is at most {@link #FRESH_NANOS} old, so another process's delete is
 * seen here within that time. What was read from SQLite before a forget is not kept.
 */
final class InstanceCache {
  static final int CAPACITY = 20_000;
  static final long FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
  /** After a second without reads the writer stops looking, and the instances are dropped. */
  static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long NOTE_READ_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Map<Long, Instance> instances = new ConcurrentHashMap<>();
  private final Runnable wakeWriter;
  private final LongSupplier nanoTime;
  private volatile long generation;
  private volatile long lookedAt;
  private volatile long lastRead;

  /**
   * @param wakeWriter asks the writer thread to look at other processes' commits soon, even without writes
   * @param nanoTime the clock, {@link System#nanoTime} but in tests
   */
  InstanceCache(Runnable wakeWriter, LongSupplier nanoTime) {
    this.wakeWriter = wakeWriter;
    this.nanoTime = nanoTime;
    lookedAt = nanoTime.getAsLong() - 2 * IDLE_NANOS;
    lastRead = lookedAt;
  }

  /** The kept instance, or null when there is none or the writer has not looked recently enough to trust it. */
  Instance get(long id) {
    long now = nanoTime.getAsLong();
    if (now - lastRead > NOTE_READ_EVERY_NANOS) {
      lastRead = now;
    }
    if (now - lookedAt > FRESH_NANOS) {
      wakeWriter.run();
      return null;
    }
    return instances.get(id);
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

  /** For the writer thread: whether instances are being read, so that it should keep looking. */
  boolean inUse(long now) {
    return now - lastRead < IDLE_NANOS;
  }

  /** For the writer thread: no other process had committed when it began to look at {@code startedAt}. */
  void unchangedSince(long startedAt) {
    lookedAt = startedAt;
  }
}
