package io.plugboard.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.application.port.out.UnreadableInstanceException;
import io.plugboard.domain.Instance;
import io.plugboard.domain.Owner;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.NewInstances;
import io.plugboard.application.port.Stages;
import io.plugboard.testkit.TestCipher;
import io.plugboard.testkit.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqliteDatabaseTest {
  private static final Owner ACME = new Owner(1, 1);

  @TempDir
  Path directory;
  private final TestSecrets secrets = new TestSecrets();
  private final TestCipher cipher = new TestCipher();

  private SqliteInstanceStore store(SqliteDatabase database) {
    SqliteAccountStore accounts = new SqliteAccountStore(database, Clock.systemUTC());
    if (accounts.isEmpty()) {
      accounts.create("Acme", secrets.digest("o1"), "a@acme.test", secrets.digest("u1"));
    }
    return new SqliteInstanceStore(database, InMemoryElementCatalog.standard(), cipher);
  }

  private Connection raw() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(SqliteDatabase.FILE_NAME));
  }

  @Test
  void runs_with_wal_and_synchronous_full_and_private_files() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("data"))) {
      Stages.await(store(database).add(NewInstances.mixpanel(ACME, "x"), secrets.digest("t")));
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.file())) {
        assertThat(SqliteDatabase.pragma(connection, "journal_mode")).isEqualTo("wal");
      }
      assertThat(database.integrityCheck()).isEqualTo("ok");
      Path data = directory.resolve("data");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
      for (String file : new String[] {"plugboard.db", "plugboard.db-wal", "plugboard.db-shm"}) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
            .as(file).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void data_survives_a_reopen() {
    long id;
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      id = Stages.await(store(database).add(NewInstances.mixpanel(ACME, "kept", "Docs"), secrets.digest("t")))
          .id();
    }
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      Instance read = store(database).find(1, id).orElseThrow();
      assertThat(read.name().value()).isEqualTo("kept");
      assertThat(read.tags().values()).containsExactly("Docs");
      assertThat(read.configuration().get("username")).hasValue("mixpanel-secret-kept");
    }
  }

  @Test
  void a_database_from_a_newer_plugboard_is_refused() throws SQLException {
    SqliteDatabase.open(directory).close();
    try (Connection connection = raw(); Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> SqliteDatabase.open(directory))
        .isInstanceOf(SqliteStoreException.class)
        .hasMessageEndingWith("was made by a newer Plugboard (schema version 99; this one knows up to 2). "
            + "Upgrade Plugboard to open it.");
  }

  @Test
  void the_id_of_a_deleted_newest_instance_is_not_given_again_after_a_reopen() {
    long deleted;
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      Stages.await(store.add(NewInstances.mixpanel(ACME, "older"), secrets.digest("t1")));
      deleted = Stages.await(store.add(NewInstances.mixpanel(ACME, "newest"), secrets.digest("t2"))).id();
      assertThat(Stages.await(store.delete(1, deleted))).isTrue();
    }
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      long next = Stages.await(store(database).add(NewInstances.mixpanel(ACME, "next"), secrets.digest("t3"))).id();
      assertThat(next).isEqualTo(deleted + 1);
    }
  }

  @Test
  void a_version_1_file_is_migrated_keeping_its_instances_and_never_reusing_its_ids() throws Exception {
    try (Connection connection = raw(); Statement statement = connection.createStatement()) {
      Migrations.apply(connection, 0, 1);
      statement.execute("INSERT INTO organizations (id, name, secret_digest, created_at) VALUES (1, 'Acme', x'01', 0)");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instances (org_id, user_id, "
          + "element_id, element_key, name, tags, configuration, token_digest, valid, disabled, created_at) "
          + "VALUES (1, 1, 13973, 'mixpanel', ?, 'Docs', ?, x'02', 1, 0, 1700000000)")) {
        for (int id = 1; id <= 3; id++) {
          insert.setString(1, "v1 instance " + id);
          insert.setBytes(2, cipher.encrypt(ConfigurationCodec.encode(Map.of("username", "secret-" + id)),
              SqliteInstanceStore.associatedData(1, id)));
          insert.executeUpdate();
        }
      }
      statement.execute("DELETE FROM instances WHERE id = 3");
    }

    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      assertThat(store.list(1, InstanceQuery.all())).extracting(instance -> instance.name().value())
          .containsExactly("v1 instance 1", "v1 instance 2");
      assertThat(store.find(1, 2).orElseThrow().configuration().get("username")).hasValue("secret-2");
      long next = Stages.await(store.add(NewInstances.mixpanel(ACME, "after the migration"), secrets.digest("t"))).id();
      assertThat(next).isEqualTo(4);
    }
    try (Connection connection = raw()) {
      assertThat(SqliteDatabase.pragma(connection, "user_version")).isEqualTo("2");
      assertThat(SqliteDatabase.pragma(connection, "integrity_check")).isEqualTo("ok");
    }
  }

  @Test
  void the_write_ahead_log_stays_small_under_a_steady_stream_of_writes() throws IOException {
    Path log = directory.resolve(SqliteDatabase.FILE_NAME + "-wal");
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      for (int i = 0; i < 3 * GroupCommitWriter.CHECKPOINT_EVERY; i++) {
        Stages.await(store.add(NewInstances.mixpanel(ACME, "steady " + i), secrets.digest("token " + i)));
      }
      // Each write commits alone here, two to three pages each: unchecked, the log would pass 2,000 pages.
      assertThat(Files.size(log)).isLessThan(GroupCommitWriter.CHECKPOINT_PAGES * 4_120L);
      assertThat(database.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void a_corrupt_file_is_refused_with_advice() throws IOException {
    Files.write(directory.resolve(SqliteDatabase.FILE_NAME), "this is not a database at all, just text......"
        .repeat(100).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SqliteDatabase.open(directory))
        .isInstanceOf(SqliteStoreException.class)
        .hasMessageContaining("the database file is corrupt or is not a Plugboard database")
        .hasMessageContaining("restore your last backup");
  }

  @Test
  void a_data_directory_that_is_a_file_is_refused() throws IOException {
    Path file = Files.writeString(directory.resolve("file"), "x");
    assertThatThrownBy(() -> SqliteDatabase.open(file)).hasMessage(file + " is not a directory");
    assertThatThrownBy(() -> SqliteDatabase.open(file.resolve("below")))
        .isInstanceOf(SqliteStoreException.class).hasMessageContaining("cannot be prepared");
  }

  @Test
  void configuration_is_encrypted_and_tokens_are_digests_on_disk() throws Exception {
    String secret = "canary-" + System.nanoTime();
    String token = secrets.newInstanceToken();
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      Stages.await(store(database).add(NewInstances.of(io.plugboard.testkit.Elements.mixpanel(), ACME, "canary",
          java.util.Map.of("username", secret)), secrets.digest(token)));
    }
    for (Path file : Files.list(directory).toList()) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(content).as(file.toString()).doesNotContain(secret).doesNotContain(token);
    }
  }

  @Test
  void a_flipped_bit_or_a_ciphertext_moved_to_another_row_does_not_decrypt() throws Exception {
    long first;
    long second;
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      first = Stages.await(store.add(NewInstances.mixpanel(ACME, "first"), secrets.digest("t1"))).id();
      second = Stages.await(store.add(NewInstances.mixpanel(ACME, "second"), secrets.digest("t2"))).id();
    }
    try (Connection connection = raw()) {
      byte[] ciphertext;
      try (PreparedStatement select = connection.prepareStatement("SELECT configuration FROM instances WHERE id = ?")) {
        select.setLong(1, first);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          ciphertext = row.getBytes(1);
        }
      }
      try (PreparedStatement update = connection.prepareStatement("UPDATE instances SET configuration = ? WHERE id = ?")) {
        update.setBytes(1, ciphertext);
        update.setLong(2, second);
        update.executeUpdate();
        ciphertext[ciphertext.length / 2] ^= 1;
        update.setBytes(1, ciphertext);
        update.setLong(2, first);
        update.executeUpdate();
      }
    }
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      assertThatThrownBy(() -> store.find(1, first)).isInstanceOfSatisfying(UnreadableInstanceException.class,
          e -> assertThat(e.instanceId()).isEqualTo(first));
      assertThatThrownBy(() -> store.find(1, second)).isInstanceOfSatisfying(UnreadableInstanceException.class,
          e -> assertThat(e.instanceId()).isEqualTo(second));
    }
  }

  @Test
  void sixteen_threads_creating_500_instances_each_keep_8000_unique_rows() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      Set<Long> ids = ConcurrentHashMap.newKeySet();
      Set<String> tokens = ConcurrentHashMap.newKeySet();
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          futures.add(pool.submit(() -> {
            for (int i = 0; i < 500; i++) {
              String token = secrets.newInstanceToken();
              tokens.add(token);
              ids.add(Stages.await(store.add(NewInstances.mixpanel(ACME, "c"), secrets.digest(token))).id());
            }
          }));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(ids).hasSize(8000);
      assertThat(tokens).hasSize(8000);
      assertThat(store.list(1, InstanceQuery.all())).hasSize(8000);
      assertThat(database.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void an_instance_deleted_by_another_process_is_soon_not_found_though_it_was_read_before() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      long id = Stages.await(store.add(NewInstances.mixpanel(ACME, "read here"), secrets.digest("t"))).id();
      assertThat(store.find(1, id)).isPresent();
      assertThat(store.find(1, id)).as("read again, from memory").isPresent();

      try (Connection otherProcess = raw(); Statement statement = otherProcess.createStatement()) {
        statement.executeUpdate("DELETE FROM instances WHERE id = " + id);
      }

      LockSupport.parkNanos(InstanceCache.FRESH_NANOS + TimeUnit.MILLISECONDS.toNanos(1));
      assertThat(store.findInMemory(1, id)).isEmpty();
      assertThat(store.find(1, id)).isEmpty();
    }
  }

  @Test
  void an_instance_read_before_is_served_from_memory_while_the_writer_is_busy() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      long id = Stages.await(store.add(NewInstances.mixpanel(ACME, "read here"), secrets.digest("t"))).id();
      assertThat(store.find(1, id)).isPresent();
      CountDownLatch writing = new CountDownLatch(1);
      CountDownLatch mayFinish = new CountDownLatch(1);
      CompletableFuture<Void> longWrite = database.writeLater("hold the writer", connection -> {
        writing.countDown();
        try {
          mayFinish.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      });
      try {
        writing.await();
        LockSupport.parkNanos(InstanceCache.FRESH_NANOS + TimeUnit.MILLISECONDS.toNanos(1));

        assertThat(store.findInMemory(1, id)).as("the writer's last look is old, the reader looks itself")
            .isPresent();
      } finally {
        mayFinish.countDown();
      }
      longWrite.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void a_failing_write_among_concurrent_ones_fails_alone() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      try (Connection connection = raw(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON instances WHEN NEW.name = 'poison' BEGIN "
            + "SELECT RAISE(FAIL, 'simulated write failure'); END");
      }
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<Long>> futures = new ArrayList<>();
      try {
        for (int i = 0; i < 400; i++) {
          String name = i % 10 == 0 ? "poison" : "fine " + i;
          futures.add(pool.submit(() -> Stages.await(store.add(NewInstances.mixpanel(ACME, name),
              secrets.digest(name))).id()));
        }
        int refused = 0;
        Set<Long> kept = ConcurrentHashMap.newKeySet();
        for (Future<Long> future : futures) {
          try {
            kept.add(future.get());
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(StoreUnavailableException.class);
            refused++;
          }
        }
        assertThat(refused).isEqualTo(40);
        assertThat(kept).hasSize(360);
        assertThat(store.list(1, InstanceQuery.all())).extracting(Instance::id).containsExactlyInAnyOrderElementsOf(kept);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void a_write_failure_becomes_a_store_unavailable_error_without_sql() throws Exception {
    try (SqliteDatabase database = SqliteDatabase.open(directory)) {
      SqliteInstanceStore store = store(database);
      try (Connection connection = raw(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON instances BEGIN "
            + "SELECT RAISE(FAIL, 'simulated write failure'); END");
      }
      assertThatThrownBy(() -> Stages.await(store.add(NewInstances.mixpanel(ACME, "x"), secrets.digest("t"))))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageStartingWith("The database could not save the instance: ")
          .hasMessageNotContaining("INSERT");
      assertThat(store.list(1, InstanceQuery.all())).isEmpty();
    }
  }
}
