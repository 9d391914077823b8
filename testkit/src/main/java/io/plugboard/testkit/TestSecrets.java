package io.plugboard.testkit;

import io.plugboard.adapter.crypto.DataKeys;
import io.plugboard.adapter.crypto.SecureRandomSecretGenerator;
import io.plugboard.adapter.crypto.TinkSecretDigester;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.application.port.out.SecretDigester;
import io.plugboard.application.port.out.SecretGenerator;

/** The real secret generator and HMAC digester under fresh keys, for tests that need no key files. */
public final class TestSecrets implements SecretGenerator, SecretDigester {
  private final SecretGenerator generator = new SecureRandomSecretGenerator();
  private final SecretDigester digester = new TinkSecretDigester(DataKeys.generate());

  @Override
  public String newInstanceToken() {
    return generator.newInstanceToken();
  }

  @Override
  public String newUserSecret() {
    return generator.newUserSecret();
  }

  @Override
  public String newOrganizationSecret() {
    return generator.newOrganizationSecret();
  }

  @Override
  public SecretDigest digest(String secret) {
    return digester.digest(secret);
  }
}
