package io.plugboard.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one thread that writes. Writes waiting at the same moment share one transaction and so one fsync (group
 * commit); each runs inside its own savepoint, so one failing write does not undo the others. No caller learns
 * that its write succeeded before the COMMIT that made it durable has returned.
 */
final class GroupCommitWriter implements AutoCloseable {
  static final int MAX_BATCH = 256;

  private final Connection connection;
  private final PreparedStatement savepoint;
  private final PreparedStatement release;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closing;

  private static final class Pending<T> {
    final SqlWork<T> work;
    final CompletableFuture<T> result = new CompletableFuture<>();
    T value;
    Exception failure;

    Pending(SqlWork<T> work) {
      this.work = work;
    }

    void run(Connection connection) throws SQLException {
      value = work.run(connection);
    }

    void complete() {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(value);
      }
    }
  }

  /** Marks the end of the queue when closing. */
  private static final Pending<Void> STOP = new Pending<>(connection -> null);

  GroupCommitWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.savepoint = connection.prepareStatement("SAVEPOINT write");
    this.release = connection.prepareStatement("RELEASE write");
    this.thread = new Thread(this::loop, "plugboard-sqlite-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Runs the work in a transaction and returns once it is committed.
   *
   * @throws SQLException from the work itself, or from the transaction that should have made it durable
   */
  <T> T write(SqlWork<T> work) throws SQLException {
    if (closing) {
      throw new SQLException("the database is closed");
    }
    Pending<T> pending = new Pending<>(work);
    queue.add(pending);
    try {
      return pending.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for the commit", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException) {
        throw (SQLException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new SQLException(cause);
    }
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
      queue.drainTo(batch, MAX_BATCH - 1);
      boolean stop = batch.remove(STOP);
      if (!batch.isEmpty()) {
        try {
          commit(batch);
        } catch (Error fatal) {
          // Even then no caller may wait forever, nor be told its write succeeded.
          batch.forEach(pending -> pending.result.completeExceptionally(fatal));
        }
      }
      if (stop) {
        return;
      }
    }
  }

  private void commit(List<Pending<?>> batch) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        for (Pending<?> pending : batch) {
          runInSavepoint(statement, pending);
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(statement);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      for (Pending<?> pending : batch) {
        if (pending.failure == null) {
          pending.failure = e;
        }
      }
    }
    batch.forEach(Pending::complete);
  }

  /** A failed write is undone alone; if SQLite has already undone the whole transaction, the batch fails. */
  private void runInSavepoint(Statement statement, Pending<?> pending) throws SQLException {
    savepoint.execute();
    try {
      pending.run(connection);
      release.execute();
    } catch (SQLException | RuntimeException e) {
      pending.failure = e;
      statement.execute("ROLLBACK TO write");
      release.execute();
    }
  }

  private static void rollbackQuietly(Statement statement) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException alreadyRolledBack) {
      // SQLite rolls back by itself after some errors (disk full, I/O); nothing is left to undo.
    }
  }

  /** Lets queued writes finish, then stops the thread. */
  @Override
  public void close() {
    closing = true;
    queue.add(STOP);
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
