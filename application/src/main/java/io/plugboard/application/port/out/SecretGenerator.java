package io.plugboard.application.port.out;

/** Cryptographically random secrets, in the formats Open Connectors uses. */
public interface SecretGenerator {
  /** 32 random bytes, standard Base64: 44 characters. */
  String newInstanceToken();

  /** 32 random bytes, standard Base64: 44 characters. */
  String newUserSecret();

  /** 16 random bytes as 32 lower-case hex characters. */
  String newOrganizationSecret();
}
