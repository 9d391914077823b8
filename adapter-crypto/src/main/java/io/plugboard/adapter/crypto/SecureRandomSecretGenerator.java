package io.plugboard.adapter.crypto;

import io.plugboard.application.port.out.SecretGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets from a cryptographic random generator, in Open Connectors' formats. Each thread has its own generator
 * (seeded by the operating system), so concurrent requests do not queue on one lock.
 */
public final class SecureRandomSecretGenerator implements SecretGenerator {
  private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandomSecretGenerator::create);

  @Override
  public String newInstanceToken() {
    return Base64.getEncoder().encodeToString(bytes(32));
  }

  @Override
  public String newUserSecret() {
    return Base64.getEncoder().encodeToString(bytes(32));
  }

  @Override
  public String newOrganizationSecret() {
    return HexFormat.of().formatHex(bytes(16));
  }

  private static SecureRandom create() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.get().nextBytes(bytes);
    return bytes;
  }
}
