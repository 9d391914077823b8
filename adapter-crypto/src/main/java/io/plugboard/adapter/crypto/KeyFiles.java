package io.plugboard.adapter.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * The keys of a data directory: the master key (from {@code PLUGBOARD_MASTER_KEY}, else {@code master.key})
 * and the data keys wrapped under it ({@code data-keys.aead.json}, {@code data-keys.mac.json}). Files are
 * created with mode 0600 on first start; an existing database is never opened with new keys.
 */
public final class KeyFiles {
  public static final String MASTER_KEY_ENV = "PLUGBOARD_MASTER_KEY";
  public static final String MASTER_KEY_FILE = "master.key";
  static final String AEAD_FILE = "data-keys.aead.json";
  static final String MAC_FILE = "data-keys.mac.json";

  private KeyFiles() {}

  /**
   * @param masterKeyFromEnvironment the value of {@value #MASTER_KEY_ENV}, if set
   * @param existingData whether the directory already holds a database, which its keys must open
   * @throws KeyException saying what to do when a key is missing, malformed or wrong
   */
  public static DataKeys open(Path directory, Optional<String> masterKeyFromEnvironment, boolean existingData) {
    MasterKey masterKey = masterKey(directory, masterKeyFromEnvironment, existingData);
    Path aeadFile = directory.resolve(AEAD_FILE);
    Path macFile = directory.resolve(MAC_FILE);
    if (Files.exists(aeadFile) || Files.exists(macFile)) {
      DataKeys.WrappedKeys wrapped = new DataKeys.WrappedKeys(read(aeadFile), read(macFile));
      try {
        return DataKeys.unwrap(wrapped, masterKey);
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new KeyException("The master key does not open the data keys in " + directory + ": it is not the "
            + "key this data directory was created with. Set " + MASTER_KEY_ENV + " to that key, or restore "
            + MASTER_KEY_FILE + " from your backup. Nothing was changed.");
      }
    }
    if (existingData) {
      throw new KeyException(directory + " holds a database but its data keys (" + AEAD_FILE + ", " + MAC_FILE
          + ") are missing: restore them from your backup. Plugboard will not make new keys for existing data.");
    }
    DataKeys keys = DataKeys.generate();
    DataKeys.WrappedKeys wrapped = keys.wrap(masterKey);
    writePrivate(aeadFile, wrapped.aead());
    writePrivate(macFile, wrapped.mac());
    return keys;
  }

  private static MasterKey masterKey(Path directory, Optional<String> fromEnvironment, boolean existingData) {
    if (fromEnvironment.isPresent() && !fromEnvironment.get().isBlank()) {
      return MasterKey.fromBase64(fromEnvironment.get(), MASTER_KEY_ENV);
    }
    Path file = directory.resolve(MASTER_KEY_FILE);
    if (Files.exists(file)) {
      return MasterKey.fromBase64(read(file), file.toString());
    }
    if (existingData || Files.exists(directory.resolve(AEAD_FILE))) {
      throw new KeyException(directory + " holds encrypted data but no master key was given: set " + MASTER_KEY_ENV
          + " to the key it was created with, or restore " + file + " from your backup.");
    }
    MasterKey created = MasterKey.generate();
    writePrivate(file, created.toBase64() + "\n");
    return created;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      throw new KeyException(file + " cannot be read: permission denied. Run Plugboard as the user that owns it.", e);
    } catch (IOException e) {
      throw new KeyException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Writes a new file readable by its owner only, durably, so that a crash leaves it whole or absent. */
  static void writePrivate(Path file, String content) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new KeyException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
