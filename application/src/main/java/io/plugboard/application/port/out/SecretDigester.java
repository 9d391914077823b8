package io.plugboard.application.port.out;

/** Turns a secret into its keyed digest (HMAC-SHA-256), the same every time for the same key. */
public interface SecretDigester {
  SecretDigest digest(String secret);
}
