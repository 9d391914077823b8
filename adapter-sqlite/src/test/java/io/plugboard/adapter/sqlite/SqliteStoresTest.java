package io.plugboard.adapter.sqlite;

import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.testkit.AccountStoreContract;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InstanceStoreContract;
import io.plugboard.testkit.TestCipher;
import io.plugboard.testkit.TestSecrets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoresTest {
  @TempDir
  Path directory;
  private SqliteDatabase database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Nested
  class Instances extends InstanceStoreContract {
    @Override
    protected InstanceStore store() {
      database = SqliteDatabase.open(directory);
      SqliteAccountStore accounts = new SqliteAccountStore(database, Clock.systemUTC());
      TestSecrets secrets = new TestSecrets();
      accounts.create("Acme", secrets.digest("o1"), "a@acme.test", secrets.digest("u1"));
      accounts.create("Globex", secrets.digest("o2"), "b@globex.test", secrets.digest("u2"));
      return new SqliteInstanceStore(database, InMemoryElementCatalog.standard(), new TestCipher());
    }
  }

  @Nested
  class Accounts extends AccountStoreContract {
    @Override
    protected AccountStore store() {
      database = SqliteDatabase.open(directory);
      return new SqliteAccountStore(database, Clock.systemUTC());
    }
  }
}
