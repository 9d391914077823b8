package io.plugboard.app;

import io.plugboard.adapter.catalog.CatalogException;
import io.plugboard.adapter.cli.Environment;
import io.plugboard.adapter.cli.StoreOpener;
import io.plugboard.adapter.crypto.KeyException;
import io.plugboard.adapter.sqlite.SqliteStoreException;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.application.port.out.StoreUnavailableException;
import java.nio.file.Path;

/** Opens Plugboard on a data directory the first time a command needs it, and closes it when the command ends. */
final class StoreSession implements StoreOpener, AutoCloseable {
  private final Environment environment;
  private Plugboard plugboard;

  StoreSession(Environment environment) {
    this.environment = environment;
  }

  @Override
  public UseCases open(Path dataDirectory) {
    return plugboard(dataDirectory).useCases();
  }

  /**
   * @throws StoreUnavailableException with a message that says what to do, when the data directory, its keys or
   *     the element catalog cannot be used
   */
  Plugboard plugboard(Path dataDirectory) {
    if (plugboard == null) {
      PlugboardOptions options = new PlugboardOptions(dataDirectory, environment.get("PLUGBOARD_MASTER_KEY"),
          environment.get("PLUGBOARD_ELEMENTS_DIR").map(Path::of), false);
      try {
        plugboard = Plugboard.open(options);
      } catch (SqliteStoreException | KeyException | CatalogException e) {
        throw new StoreUnavailableException(e.getMessage(), e);
      }
    }
    return plugboard;
  }

  @Override
  public void close() {
    if (plugboard != null) {
      plugboard.close();
      plugboard = null;
    }
  }
}
