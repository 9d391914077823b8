package io.plugboard.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.domain.Owner;
import io.plugboard.testkit.Elements;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.NewInstances;
import io.plugboard.application.port.Stages;
import io.plugboard.testkit.TestCipher;
import io.plugboard.testkit.TestSecrets;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: a 1 MiB tmpfs when this process may mount one (root on Linux), otherwise SQLite's own page limit,
 * which fails writes with the same SQLITE_FULL. Either way the failing create is refused with a clear message and
 * every instance acknowledged before it is still readable after a reopen.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FullDiskTest {
  @TempDir
  Path directory;
  private final TestSecrets secrets = new TestSecrets();
  private final TestCipher cipher = new TestCipher();

  @Test
  void a_full_disk_refuses_the_write_and_loses_nothing_acknowledged() throws Exception {
    Path data = directory.resolve("small-disk");
    boolean mounted = mountSmallTmpfs(data);
    try {
      List<Long> acknowledged = new ArrayList<>();
      try (SqliteDatabase database = SqliteDatabase.open(data)) {
        if (!mounted) {
          limitPages(database);
        }
        SqliteInstanceStore store = store(database);
        String bulky = "x".repeat(4000);
        try {
          for (int i = 0; i < 100_000; i++) {
            acknowledged.add(Stages.await(store.add(NewInstances.of(Elements.mixpanel(), new Owner(1, 1), "n" + i,
                Map.of("username", bulky + i)), secrets.digest("t" + i))).id());
          }
          fail("the disk never filled up");
        } catch (StoreUnavailableException full) {
          assertThat(full.getMessage()).isEqualTo("The database could not save the instance: the disk is full");
        }
      }
      assertThat(acknowledged).hasSizeGreaterThan(10);
      try (SqliteDatabase database = SqliteDatabase.open(data)) {
        SqliteInstanceStore store = store(database);
        for (long id : acknowledged) {
          assertThat(store.find(1, id)).as("instance %d", id).isPresent();
        }
      }
    } finally {
      if (mounted) {
        new ProcessBuilder("umount", data.toString()).start().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private SqliteInstanceStore store(SqliteDatabase database) {
    SqliteAccountStore accounts = new SqliteAccountStore(database, Clock.systemUTC());
    if (accounts.isEmpty()) {
      accounts.create("Acme", secrets.digest("o"), "a@acme.test", secrets.digest("u"));
    }
    return new SqliteInstanceStore(database, InMemoryElementCatalog.standard(), cipher);
  }

  private static boolean mountSmallTmpfs(Path target) throws IOException, InterruptedException {
    java.nio.file.Files.createDirectories(target);
    try {
      Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", target.toString())
          .redirectErrorStream(true).start();
      return mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
    } catch (IOException noMountCommand) {
      return false;
    }
  }

  /** The same SQLITE_FULL, without a small disk: the database may not grow past a fixed number of pages. */
  private static void limitPages(SqliteDatabase database) {
    database.write("limit its size", connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA max_page_count = 300");
      }
      return null;
    });
  }
}
