package io.plugboard.adapter.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadWrapper;
import com.google.crypto.tink.aead.AesGcmKeyManager;
import com.google.crypto.tink.mac.MacConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The data keys, as Tink keysets: AES-256-GCM for configuration (each ciphertext starts with its key's id, so
 * keys can rotate) and HMAC-SHA-256 with raw output for the digests of tokens and secrets (deterministic, so
 * they can be looked up).
 */
public final class DataKeys {
  private static final byte[] AEAD_CONTEXT = "plugboard keyset aead v1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] MAC_CONTEXT = "plugboard keyset mac v1".getBytes(StandardCharsets.UTF_8);

  static {
    try {
      // Only the AEAD key type Plugboard makes: AeadConfig.register() would set up nine, a tenth of start-up.
      AeadWrapper.register();
      AesGcmKeyManager.register(true);
      MacConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final KeysetHandle aeadKeys;
  private final KeysetHandle macKeys;
  private final Aead aead;
  private final Mac mac;

  private DataKeys(KeysetHandle aeadKeys, KeysetHandle macKeys) throws GeneralSecurityException {
    this.aeadKeys = aeadKeys;
    this.macKeys = macKeys;
    this.aead = aeadKeys.getPrimitive(RegistryConfiguration.get(), Aead.class);
    this.mac = macKeys.getPrimitive(RegistryConfiguration.get(), Mac.class);
  }

  public static DataKeys generate() {
    try {
      return new DataKeys(KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM")),
          KeysetHandle.generateNew(KeyTemplates.get("HMAC_SHA256_256BITTAG_RAW")));
    } catch (GeneralSecurityException e) {
      throw new KeyException("Cannot generate data keys: " + e.getMessage(), e);
    }
  }

  /** The keysets encrypted under the master key, as two JSON documents. */
  WrappedKeys wrap(MasterKey masterKey) {
    try {
      Aead wrapper = masterKey.asAead();
      return new WrappedKeys(
          TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(aeadKeys, wrapper, AEAD_CONTEXT),
          TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(macKeys, wrapper, MAC_CONTEXT));
    } catch (GeneralSecurityException e) {
      throw new KeyException("Cannot encrypt the data keys: " + e.getMessage(), e);
    }
  }

  /** @throws GeneralSecurityException when the master key is not the one the keys were wrapped with */
  static DataKeys unwrap(WrappedKeys wrapped, MasterKey masterKey) throws GeneralSecurityException {
    Aead wrapper = masterKey.asAead();
    return new DataKeys(
        TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped.aead(), wrapper, AEAD_CONTEXT),
        TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped.mac(), wrapper, MAC_CONTEXT));
  }

  Aead aead() {
    return aead;
  }

  Mac mac() {
    return mac;
  }

  /** The two encrypted keyset documents. */
  record WrappedKeys(String aead, String mac) {}

  @Override
  public String toString() {
    return "DataKeys[redacted]";
  }
}
