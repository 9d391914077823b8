package io.plugboard.app;

import io.plugboard.adapter.catalog.JsonElementCatalog;
import io.plugboard.adapter.crypto.DataKeys;
import io.plugboard.adapter.crypto.KeyFiles;
import io.plugboard.adapter.crypto.SecureRandomSecretGenerator;
import io.plugboard.adapter.crypto.TinkConfigurationCipher;
import io.plugboard.adapter.crypto.TinkSecretDigester;
import io.plugboard.adapter.sqlite.SqliteAccountStore;
import io.plugboard.adapter.sqlite.SqliteDatabase;
import io.plugboard.adapter.sqlite.SqliteInstanceStore;
import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NewAccount;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.application.service.UseCaseFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Plugboard embedded in a Java program: the same validation, encryption and storage as the server.
 *
 * <pre>{@code
 * try (Plugboard plugboard = Plugboard.open(PlugboardOptions.dataDirectory(Path.of("plugboard-data")))) {
 *   NewAccount account = plugboard.createAccount("Acme", "ops@acme.test");
 *   PlugboardSession acme = plugboard.session(account.credentials());
 *   CreatedInstance created = acme.createInstance(CreateInstanceCommand.builder()
 *       .element("mixpanel").name("API Instance").configuration("username", apiSecret).tag("Docs").build());
 * }
 * }</pre>
 */
public final class Plugboard implements AutoCloseable {
  private final SqliteDatabase database;
  private final UseCases useCases;
  private final Optional<Path> temporaryDirectory;

  private Plugboard(SqliteDatabase database, UseCases useCases, Optional<Path> temporaryDirectory) {
    this.database = database;
    this.useCases = useCases;
    this.temporaryDirectory = temporaryDirectory;
  }

  /**
   * Opens (or creates) the data directory the options name.
   *
   * @throws io.plugboard.adapter.crypto.KeyException when the keys are missing or wrong for existing data
   * @throws io.plugboard.adapter.sqlite.SqliteStoreException when the database cannot be used
   * @throws io.plugboard.adapter.catalog.CatalogException when an element descriptor is malformed
   */
  public static Plugboard open(PlugboardOptions options) {
    // The catalog and the keys are read while the database opens: start-up is mostly class loading and I/O.
    CompletableFuture<JsonElementCatalog> loading =
        CompletableFuture.supplyAsync(() -> JsonElementCatalog.load(options.elementsDirectory()));
    boolean existingData = SqliteDatabase.existsIn(options.dataDirectory());
    SqliteDatabase.prepareDirectory(options.dataDirectory());
    CompletableFuture<DataKeys> unlocking = CompletableFuture.supplyAsync(
        () -> KeyFiles.open(options.dataDirectory(), options.masterKey(), existingData));
    SqliteDatabase database;
    try {
      database = SqliteDatabase.open(options.dataDirectory());
    } catch (RuntimeException e) {
      unlocking.exceptionally(ignored -> null).join();
      throw e;
    }
    try {
      DataKeys keys = join(unlocking);
      JsonElementCatalog catalog = join(loading);
      Clock clock = Clock.systemUTC();
      UseCases useCases = UseCaseFactory.create(catalog,
          new SqliteInstanceStore(database, catalog, new TinkConfigurationCipher(keys)),
          new SqliteAccountStore(database, clock), new SecureRandomSecretGenerator(), new TinkSecretDigester(keys),
          clock);
      return new Plugboard(database, useCases, options.deleteOnClose() ? Optional.of(options.dataDirectory())
          : Optional.empty());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  /** Plugboard on the data directory, with the master key from {@code PLUGBOARD_MASTER_KEY} or the key file. */
  public static Plugboard open(Path dataDirectory) {
    return open(PlugboardOptions.dataDirectory(dataDirectory));
  }

  /** Plugboard on a new temporary data directory that is deleted on {@link #close()}: for tests and trials. */
  public static Plugboard temporary() {
    try {
      return open(PlugboardOptions.dataDirectory(Files.createTempDirectory("plugboard-")).deletedOnClose());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every use case, for adapters and programs that need more than the shortcuts below. */
  public UseCases useCases() {
    return useCases;
  }

  /** A new organization with its first user; the returned secrets are shown this once. */
  public NewAccount createAccount(String organizationName, String userEmail) {
    return useCases.createAccount().createAccount(new CreateAccountCommand(organizationName, userEmail));
  }

  /**
   * Acts as the user these secrets identify.
   *
   * @throws io.plugboard.application.port.in.NotAuthenticatedException when they identify no one
   */
  public PlugboardSession session(Credentials credentials) {
    return new PlugboardSession(useCases, useCases.authenticate().authenticate(credentials));
  }

  public Path dataDirectory() {
    return database.file().getParent();
  }

  @Override
  public void close() {
    database.close();
    temporaryDirectory.ifPresent(Plugboard::deleteRecursively);
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
