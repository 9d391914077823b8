package io.plugboard.application.port.out;

import java.util.Optional;

/**
 * Authenticated encryption for what a store keeps secret. The associated data binds a ciphertext to its row,
 * so a ciphertext copied elsewhere does not decrypt.
 */
public interface ConfigurationCipher {
  byte[] encrypt(byte[] plaintext, byte[] associatedData);

  /** Empty when the ciphertext was altered, belongs to other associated data, or no key can open it. */
  Optional<byte[]> decrypt(byte[] ciphertext, byte[] associatedData);
}
