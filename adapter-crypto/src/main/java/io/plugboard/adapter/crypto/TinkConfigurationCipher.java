package io.plugboard.adapter.crypto;

import io.plugboard.application.port.out.ConfigurationCipher;
import java.security.GeneralSecurityException;
import java.util.Optional;

/** AES-256-GCM under the primary data key; decrypts with whichever key of the keyset the ciphertext names. */
public final class TinkConfigurationCipher implements ConfigurationCipher {
  private final DataKeys keys;

  public TinkConfigurationCipher(DataKeys keys) {
    this.keys = keys;
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    try {
      return keys.aead().encrypt(plaintext, associatedData);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  @Override
  public Optional<byte[]> decrypt(byte[] ciphertext, byte[] associatedData) {
    try {
      return Optional.of(keys.aead().decrypt(ciphertext, associatedData));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }
}
