package io.plugboard.application.port.out;

import java.security.MessageDigest;
import java.util.Arrays;

/** A keyed digest of a secret: what is stored instead of the secret. Compared in constant time. */
public final class SecretDigest {
  private final byte[] bytes;

  public SecretDigest(byte[] bytes) {
    if (bytes == null || bytes.length < 16) {
      throw new IllegalArgumentException("a secret digest has at least 16 bytes");
    }
    this.bytes = bytes.clone();
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretDigest && MessageDigest.isEqual(bytes, ((SecretDigest) other).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SecretDigest[redacted]";
  }
}
