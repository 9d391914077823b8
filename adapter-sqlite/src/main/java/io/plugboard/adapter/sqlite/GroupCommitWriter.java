package io.plugboard.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one thread that writes. Writes waiting at the same moment share one transaction and so one fsync (group
 * commit). When a shared transaction fails, it is rolled back whole and each of its writes is run again in a
 * transaction of its own, so one failing write does not undo the others. No caller learns that its write
 * succeeded before the COMMIT that made it durable has returned.
 */
final class GroupCommitWriter implements AutoCloseable {
  static final int MAX_BATCH = 256;
  /** SQLite's default size of write-ahead log, in pages, between checkpoints. */
  static final int CHECKPOINT_PAGES = 1000;
  /**
   * Transactions between checkpoints, which copy the write-ahead log back into the database file: about
   * {@link #CHECKPOINT_PAGES} pages of log at three to four pages per commit.
   */
  static final int CHECKPOINT_EVERY = 256;

  /** What the writer does on its own connection after each batch, once the batch's callers have their answers. */
  interface AfterBatch {
    void run(Connection connection) throws SQLException;
  }

  private final Connection connection;
  private final PreparedStatement begin;
  private final PreparedStatement commit;
  private final PreparedStatement rollback;
  private final PreparedStatement checkpoint;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final AfterBatch afterBatch;
  private volatile boolean closing;
  private long transactions;
  private long transactionsAtCheckpoint;

  private static final class Pending<T> {
    final String action;
    final SqlWork<T> work;
    final CompletableFuture<T> result = new CompletableFuture<>();
    T value;
    Throwable failure;

    Pending(String action, SqlWork<T> work) {
      this.action = action;
      this.work = work;
    }

    void run(Connection connection) throws SQLException {
      value = work.run(connection);
    }

    void complete() {
      if (failure instanceof SQLException) {
        result.completeExceptionally(SqliteErrors.unavailable(action, (SQLException) failure));
      } else if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(value);
      }
    }
  }

  /** Marks the end of the queue when closing. */
  private static final Pending<Void> STOP = new Pending<>("stop", connection -> null);

  GroupCommitWriter(Connection connection, AfterBatch afterBatch) throws SQLException {
    this.connection = connection;
    this.afterBatch = afterBatch;
    this.begin = connection.prepareStatement("BEGIN IMMEDIATE");
    this.commit = connection.prepareStatement("COMMIT");
    this.rollback = connection.prepareStatement("ROLLBACK");
    this.checkpoint = connection.prepareStatement("PRAGMA wal_checkpoint(PASSIVE)");
    this.thread = new Thread(this::loop, "plugboard-sqlite-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues the work to run in a transaction. The future completes once that transaction is committed; it fails with
   * a {@link io.plugboard.application.port.out.StoreUnavailableException} naming the action when the database
   * refuses, or with what the work itself threw. It completes on the writer thread.
   */
  <T> CompletableFuture<T> submit(String action, SqlWork<T> work) {
    Pending<T> pending = new Pending<>(action, work);
    if (closing) {
      pending.failure = new SQLException("the database is closed");
      pending.complete();
      return pending.result;
    }
    queue.add(pending);
    if (closing && !thread.isAlive()) {
      failLeftovers();
    }
    return pending.result;
  }

  private void loop() {
    List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      batch.clear();
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, MAX_BATCH - batch.size());
      boolean stop = batch.remove(STOP);
      if (!batch.isEmpty()) {
        try {
          if (batch.size() == 1 || !commitTogether(batch)) {
            batch.forEach(this::commitAlone);
          }
        } catch (Error fatal) {
          // Even then no caller may wait forever, nor be told its write succeeded.
          batch.forEach(pending -> pending.failure = fatal);
        }
        batch.forEach(Pending::complete);
        checkpointNowAndThen();
        runAfterBatch();
      }
      if (stop) {
        return;
      }
    }
  }

  /**
   * Checkpoints once the callers have their answers. Left to SQLite, the checkpoint ran inside a COMMIT, and the
   * writes of that batch waited 5 to 70 ms for a copy that does not make them any more durable.
   */
  private void checkpointNowAndThen() {
    if (transactions - transactionsAtCheckpoint < CHECKPOINT_EVERY) {
      return;
    }
    transactionsAtCheckpoint = transactions;
    try (ResultSet ignored = checkpoint.executeQuery()) {
      // PASSIVE copies what no reader still needs and never waits; the rest goes with the next checkpoint.
    } catch (SQLException e) {
      // As with SQLite's own checkpoints: the log stays whole and a later checkpoint copies it.
    }
  }

  private void runAfterBatch() {
    try {
      afterBatch.run(connection);
    } catch (SQLException | RuntimeException e) {
      // What runs after a batch only serves reads a little faster; writes go on regardless.
    }
  }

  /** The fast path: every write of the batch in one transaction. False, with nothing kept, if any of it failed. */
  private boolean commitTogether(List<Pending<?>> batch) {
    try {
      begin();
    } catch (SQLException e) {
      batch.forEach(pending -> pending.failure = e);
      return true;
    }
    try {
      for (Pending<?> pending : batch) {
        pending.run(connection);
      }
      commit.execute();
      return true;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      return false;
    }
  }

  private void commitAlone(Pending<?> pending) {
    pending.failure = null;
    try {
      begin();
      try {
        pending.run(connection);
        commit.execute();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      pending.failure = e;
    }
  }

  private void begin() throws SQLException {
    begin.execute();
    transactions++;
  }

  /**
   * Counts the write transactions begun so far, so that work can tell whether it runs in the same transaction as
   * the work before it. Read it only from work running on the writer thread.
   */
  long transactions() {
    return transactions;
  }

  private void rollbackQuietly() {
    try {
      rollback.execute();
    } catch (SQLException alreadyRolledBack) {
      // SQLite rolls back by itself after some errors (disk full, I/O); nothing is left to undo.
    }
  }

  /** Lets queued writes finish, then stops the thread; what is queued after that fails. */
  @Override
  public void close() {
    closing = true;
    queue.add(STOP);
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failLeftovers();
    for (PreparedStatement statement : List.of(begin, commit, rollback, checkpoint)) {
      try {
        statement.close();
      } catch (SQLException ignored) {
        // The connection closes next, and takes the statement with it.
      }
    }
  }

  private void failLeftovers() {
    List<Pending<?>> leftovers = new ArrayList<>();
    queue.drainTo(leftovers);
    leftovers.remove(STOP);
    for (Pending<?> pending : leftovers) {
      pending.failure = new SQLException("the database is closed");
      pending.complete();
    }
  }
}
