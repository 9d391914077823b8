package io.plugboard.adapter.cli;

import io.plugboard.application.port.in.UseCases;
import java.nio.file.Path;

/**
 * Opens Plugboard's store on a data directory, only when a command needs it (so {@code --help} and
 * {@code --version} never touch it). The composition root provides it.
 */
@FunctionalInterface
public interface StoreOpener {
  /** @throws io.plugboard.application.port.out.StoreUnavailableException saying why it cannot be opened */
  UseCases open(Path dataDirectory);
}
