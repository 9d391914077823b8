package io.plugboard.adapter.crypto;

import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.application.port.out.SecretDigester;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HMAC-SHA-256 of a secret under the data MAC key. */
public final class TinkSecretDigester implements SecretDigester {
  private final DataKeys keys;

  public TinkSecretDigester(DataKeys keys) {
    this.keys = keys;
  }

  @Override
  public SecretDigest digest(String secret) {
    try {
      return new SecretDigest(keys.mac().computeMac(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC failed", e);
    }
  }
}
