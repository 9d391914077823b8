package io.plugboard.testkit;

import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.application.port.out.SecretDigester;
import io.plugboard.application.port.out.SecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Well-formed random secrets and a plain SHA-256 digester, for tests that need no key management. */
public final class TestSecrets implements SecretGenerator, SecretDigester {
  private final SecureRandom random = new SecureRandom();

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

  @Override
  public SecretDigest digest(String secret) {
    try {
      return new SecretDigest(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
