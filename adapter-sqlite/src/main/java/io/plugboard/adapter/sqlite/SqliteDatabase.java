package io.plugboard.adapter.sqlite;

import io.plugboard.application.port.Stages;
import io.plugboard.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * One Plugboard database file: WAL journal and {@code synchronous=FULL} (checked, not assumed), the schema
 * migrated at start, one writer connection and a few readers. Other processes (the CLI beside a server) may
 * use the same file: writes take SQLite's lock with {@code BEGIN IMMEDIATE} and wait their turn.
 */
public final class SqliteDatabase implements AutoCloseable {
  public static final String FILE_NAME = "plugboard.db";
  static final int BUSY_TIMEOUT_MILLIS = 30_000;
  private static final int READERS = 4;

  private final Path file;
  private final Connection writer;
  private final GroupCommitWriter writes;
  private final InstanceCache instances = new InstanceCache(this::lookFromHere, System::nanoTime);
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  /** The readers' own look at other processes' commits, on a connection of its own, one thread at a time. */
  private final CommitWatch readersWatch;
  private final ReentrantLock readersWatchInUse = new ReentrantLock();
  private final List<Connection> all = new ArrayList<>();
  private final Map<Connection, Map<String, PreparedStatement>> statements = new ConcurrentHashMap<>();
  private boolean closed;
  /** Touched by the writer thread only. */
  private long idsReadInTransaction = -1;
  private long nextInstanceId;

  private SqliteDatabase(Path file) throws SQLException {
    this.file = file;
    this.writer = connect(false);
    all.add(writer);
    checkDurability(writer);
    migrate(writer);
    try (Statement statement = writer.createStatement()) {
      // The writer checkpoints after answering its callers (see GroupCommitWriter). SQLite's own checkpoint, inside
      // a COMMIT, remains for a log that grows past four times that, as when only another process writes.
      statement.execute("PRAGMA wal_autocheckpoint = " + 4 * GroupCommitWriter.CHECKPOINT_PAGES);
    }
    writes = new GroupCommitWriter(writer, new WriterWatch(new CommitWatch(writer, instances)));
    for (int i = 0; i < READERS; i++) {
      Connection reader = connect(true);
      all.add(reader);
      readers.add(reader);
    }
    Connection watching = connect(true);
    all.add(watching);
    try (Statement statement = watching.createStatement()) {
      // Looks run on event loops: should SQLite be busy (recovering another process's log), the look gives up.
      statement.execute("PRAGMA busy_timeout = 0");
    }
    readersWatch = new CommitWatch(watching, instances);
  }

  /** Whether the directory already holds a Plugboard database (whose keys must then be the right ones). */
  public static boolean existsIn(Path directory) {
    return Files.exists(directory.resolve(FILE_NAME));
  }

  /** @throws SqliteStoreException saying what is wrong and what to do */
  public static SqliteDatabase open(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    prepare(directory, file);
    try {
      return new SqliteDatabase(file);
    } catch (SQLException e) {
      throw new SqliteStoreException(file + " cannot be opened: " + SqliteErrors.reason(e)
          + (e instanceof SQLiteException && SqliteErrors.reason(e).contains("corrupt")
              ? ". Move it aside and restore your last backup." : ""), e);
    }
  }

  /**
   * Creates the data directory (mode 0700) and an empty database file (0600) when missing, so that other files
   * can be written beside it while the database opens.
   *
   * @throws SqliteStoreException when the directory cannot be used
   */
  public static void prepareDirectory(Path directory) {
    prepare(directory, directory.resolve(FILE_NAME));
  }

  private static void prepare(Path directory, Path file) {
    try {
      if (!Files.exists(directory)) {
        Files.createDirectories(directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      if (!Files.isDirectory(directory)) {
        throw new SqliteStoreException(directory + " is not a directory");
      }
      if (!Files.isWritable(directory)) {
        throw new SqliteStoreException(directory + " is not writable by this user: choose another data directory "
            + "(--data-dir) or fix its permissions");
      }
      if (!Files.exists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
    } catch (AccessDeniedException e) {
      throw new SqliteStoreException(directory + " is not writable by this user: choose another data directory "
          + "(--data-dir) or fix its permissions", e);
    } catch (IOException e) {
      throw new SqliteStoreException(directory + " cannot be prepared: " + e.getMessage(), e);
    }
  }

  private Connection connect(boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    // The driver would otherwise compile and run "SELECT last_insert_rowid()" after every INSERT.
    config.setGetGeneratedKeys(false);
    Connection connection = config.createConnection("jdbc:sqlite:" + file);
    if (readOnly) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA query_only = 1");
      }
    }
    return connection;
  }

  private void checkDurability(Connection connection) throws SQLException {
    String journal = pragma(connection, "journal_mode");
    String synchronous = pragma(connection, "synchronous");
    if (!"wal".equalsIgnoreCase(journal) || !"2".equals(synchronous)) {
      throw new SqliteStoreException(file + " does not accept journal_mode=WAL and synchronous=FULL (it reports "
          + journal + " and " + synchronous + "); Plugboard will not run without them, since acknowledged "
          + "instances could be lost");
    }
  }

  private void migrate(Connection connection) throws SQLException {
    int version = Migrations.currentVersion(connection);
    if (version > Migrations.latest()) {
      throw new SqliteStoreException(file + " was made by a newer Plugboard (schema version " + version
          + "; this one knows up to " + Migrations.latest() + "). Upgrade Plugboard to open it.");
    }
    Migrations.apply(connection, version);
  }

  static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        var result = statement.executeQuery("PRAGMA " + name)) {
      return result.next() ? result.getString(1) : null;
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Runs the work in an immediate transaction on the writer connection, possibly shared with other writes
   * waiting at the same moment. The future completes once the transaction is durably committed, on the writer
   * thread, and fails with a {@link StoreUnavailableException} when the database refuses.
   */
  <T> CompletableFuture<T> writeLater(String action, SqlWork<T> work) {
    return writes.submit(action, work);
  }

  /** Instances kept in memory; see {@link InstanceCache} for when they are forgotten. */
  InstanceCache instanceCache() {
    return instances;
  }

  /**
   * A look from the reading thread, for the instance cache. Its connection's {@code data_version} changes with this
   * process's commits too, so such a look forgets more than it must; it runs only when the writer's looks, after its
   * own commits, are late.
   */
  private boolean lookFromHere() {
    if (!readersWatchInUse.tryLock()) {
      return false;
    }
    try {
      readersWatch.look();
      return true;
    } catch (SQLException busy) {
      return false;
    } finally {
      readersWatchInUse.unlock();
    }
  }

  /** After each batch: the writer's look at other processes' commits, or dropping the instances nobody reads. */
  private final class WriterWatch implements GroupCommitWriter.AfterBatch {
    private final CommitWatch watch;

    WriterWatch(CommitWatch watch) {
      this.watch = watch;
    }

    @Override
    public void run(Connection connection) throws SQLException {
      if (instances.inUse(instances.now())) {
        watch.look();
      } else {
        instances.drop();
      }
    }
  }

  /**
   * The id the next instance gets, for work running in a write transaction: past the largest id present and past
   * every id deleted ({@link #passInstanceId}), so that no id is ever given twice. It is read once per transaction:
   * while the transaction holds the write lock no other connection can insert, so the ids after the first are the
   * ones that follow it.
   */
  long nextInstanceId(Connection connection) throws SQLException {
    long transaction = writes.transactions();
    if (transaction != idsReadInTransaction) {
      try (ResultSet next = prepared(connection, "SELECT max(coalesce((SELECT max(id) FROM instances), 0), "
          + "coalesce((SELECT max(high_water) FROM instance_ids), 0)) + 1").executeQuery()) {
        next.next();
        nextInstanceId = next.getLong(1);
      }
      idsReadInTransaction = transaction;
    }
    return nextInstanceId++;
  }

  /** Keeps ids up to this one from being given again, for work deleting that instance in a write transaction. */
  void passInstanceId(Connection connection, long id) throws SQLException {
    PreparedStatement raise = prepared(connection,
        "UPDATE instance_ids SET high_water = max(high_water, ?)");
    raise.setLong(1, id);
    raise.executeUpdate();
  }

  /** {@link #writeLater}, waiting for the commit. */
  <T> T write(String action, SqlWork<T> work) {
    return Stages.await(writes.submit(action, work));
  }


  /** Runs read-only work on one of the reader connections. */
  <T> T read(String action, SqlWork<T> work) {
    Connection reader;
    try {
      reader = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a database connection", e);
    }
    try {
      return work.run(reader);
    } catch (SQLException e) {
      throw SqliteErrors.unavailable(action, e);
    } finally {
      readers.add(reader);
    }
  }

  /**
   * The connection's compiled statement for this SQL, compiled once. Only the thread that holds the connection
   * uses it, and it stays open until the database closes: callers must not close it.
   */
  PreparedStatement prepared(Connection connection, String sql) throws SQLException {
    Map<String, PreparedStatement> compiled = statements.computeIfAbsent(connection, c -> new HashMap<>());
    PreparedStatement statement = compiled.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      compiled.put(sql, statement);
    }
    return statement;
  }

  /** {@code PRAGMA integrity_check}: "ok" for a sound file. */
  public String integrityCheck() {
    return read("be checked", connection -> pragma(connection, "integrity_check"));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    writes.close();
    readersWatchInUse.lock();
    try {
      readersWatch.close();
    } catch (SQLException ignored) {
      // The connection closes next, and takes the statement with it.
    } finally {
      readersWatchInUse.unlock();
    }
    statements.values().forEach(compiled -> compiled.values().forEach(statement -> {
      try {
        statement.close();
      } catch (SQLException ignored) {
        // The connection closes next, and takes the statement with it.
      }
    }));
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Closing is best effort; committed data is already durable.
      }
    }
  }
}
