package io.plugboard.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Plugboard keeps its data and finds its keys and extra elements. Defaults come from the environment:
 * {@code PLUGBOARD_MASTER_KEY} and {@code PLUGBOARD_ELEMENTS_DIR}.
 */
public record PlugboardOptions(Path dataDirectory, Optional<String> masterKey, Optional<Path> elementsDirectory,
    boolean deleteOnClose) {

  public static final Path DEFAULT_DATA_DIRECTORY = Path.of("plugboard-data");

  public PlugboardOptions {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    masterKey = masterKey == null ? Optional.empty() : masterKey;
    elementsDirectory = elementsDirectory == null ? Optional.empty() : elementsDirectory;
  }

  public static PlugboardOptions dataDirectory(Path dataDirectory) {
    return new PlugboardOptions(dataDirectory, environment("PLUGBOARD_MASTER_KEY"),
        environment("PLUGBOARD_ELEMENTS_DIR").map(Path::of), false);
  }

  public PlugboardOptions withMasterKey(String base64) {
    return new PlugboardOptions(dataDirectory, Optional.of(base64), elementsDirectory, deleteOnClose);
  }

  public PlugboardOptions withElementsDirectory(Path directory) {
    return new PlugboardOptions(dataDirectory, masterKey, Optional.of(directory), deleteOnClose);
  }

  PlugboardOptions deletedOnClose() {
    return new PlugboardOptions(dataDirectory, masterKey, elementsDirectory, true);
  }

  private static Optional<String> environment(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
