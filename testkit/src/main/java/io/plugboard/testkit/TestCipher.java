package io.plugboard.testkit;

import io.plugboard.adapter.crypto.DataKeys;
import io.plugboard.adapter.crypto.TinkConfigurationCipher;
import io.plugboard.application.port.out.ConfigurationCipher;
import java.util.Optional;

/** The real AES-256-GCM cipher under a fresh key, for store tests that need no key files. */
public final class TestCipher implements ConfigurationCipher {
  private final ConfigurationCipher cipher = new TinkConfigurationCipher(DataKeys.generate());

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    return cipher.encrypt(plaintext, associatedData);
  }

  @Override
  public Optional<byte[]> decrypt(byte[] ciphertext, byte[] associatedData) {
    return cipher.decrypt(ciphertext, associatedData);
  }
}
