package io.plugboard.adapter.crypto;

import com.google.crypto.tink.Aead;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption key: 32 random bytes, written as 44 characters of Base64. It only wraps the data keys, so
 * it can be kept outside the data directory ({@code PLUGBOARD_MASTER_KEY}) and the data keys rotated under it.
 */
public final class MasterKey {
  static final int LENGTH = 32;
  private static final int NONCE_LENGTH = 12;
  private static final int TAG_BITS = 128;

  private final byte[] key;
  private final SecureRandom random = new SecureRandom();

  private MasterKey(byte[] key) {
    this.key = key;
  }

  public static MasterKey generate() {
    byte[] key = new byte[LENGTH];
    new SecureRandom().nextBytes(key);
    return new MasterKey(key);
  }

  /** @throws KeyException when the text is not Base64 of exactly 32 bytes */
  public static MasterKey fromBase64(String text, String origin) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new KeyException(origin + " is not valid Base64; a master key is 32 random bytes in Base64 "
          + "(for example the output of: openssl rand -base64 32)");
    }
    if (decoded.length != LENGTH) {
      throw new KeyException(origin + " holds " + decoded.length + " bytes; a master key is exactly " + LENGTH
          + " random bytes in Base64 (for example the output of: openssl rand -base64 32)");
    }
    return new MasterKey(decoded);
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(key);
  }

  /** AES-256-GCM under the master key, in the shape Tink needs to wrap a keyset. */
  Aead asAead() {
    return new Aead() {
      @Override
      public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
        byte[] sealed = cipher.doFinal(plaintext);
        byte[] out = Arrays.copyOf(nonce, NONCE_LENGTH + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_LENGTH, sealed.length);
        return out;
      }

      @Override
      public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        if (ciphertext.length < NONCE_LENGTH + TAG_BITS / 8) {
          throw new GeneralSecurityException("ciphertext too short");
        }
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(ciphertext, NONCE_LENGTH), associatedData);
        return cipher.doFinal(ciphertext, NONCE_LENGTH, ciphertext.length - NONCE_LENGTH);
      }
    };
  }

  private Cipher cipher(int mode, byte[] nonce, byte[] associatedData) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    if (associatedData != null) {
      cipher.updateAAD(associatedData);
    }
    return cipher;
  }

  @Override
  public String toString() {
    return "MasterKey[redacted]";
  }
}
