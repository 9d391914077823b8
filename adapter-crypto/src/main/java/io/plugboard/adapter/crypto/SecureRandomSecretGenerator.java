package io.plugboard.adapter.crypto;

import io.plugboard.application.port.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Secrets from the operating system's cryptographic random source, in Open Connectors' formats. */
public final class SecureRandomSecretGenerator implements SecretGenerator {
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

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
