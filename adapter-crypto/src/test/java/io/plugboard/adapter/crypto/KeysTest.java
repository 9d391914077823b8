package io.plugboard.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.out.SecretDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KeysTest {
  @TempDir
  Path directory;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void first_start_creates_private_key_files_and_later_starts_reuse_them() throws IOException {
    DataKeys first = KeyFiles.open(directory, Optional.empty(), false);
    byte[] ciphertext = new TinkConfigurationCipher(first).encrypt(bytes("secret"), bytes("row 1"));

    for (String file : new String[] {"master.key", "data-keys.aead.json", "data-keys.mac.json"}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(file))))
          .as(file).isEqualTo("rw-------");
    }
    DataKeys again = KeyFiles.open(directory, Optional.empty(), true);
    assertThat(new TinkConfigurationCipher(again).decrypt(ciphertext, bytes("row 1"))).hasValue(bytes("secret"));
    assertThat(new TinkSecretDigester(again).digest("token"))
        .isEqualTo(new TinkSecretDigester(first).digest("token"));
  }

  @Test
  void a_master_key_from_the_environment_is_never_written_to_disk() throws IOException {
    String key = MasterKey.generate().toBase64();
    KeyFiles.open(directory, Optional.of(key), false);

    assertThat(directory.resolve("master.key")).doesNotExist();
    for (Path file : Files.list(directory).toList()) {
      assertThat(Files.readString(file)).doesNotContain(key);
    }
    KeyFiles.open(directory, Optional.of(key), true);
  }

  @Test
  void a_wrong_master_key_is_refused_with_what_to_do() {
    KeyFiles.open(directory, Optional.of(MasterKey.generate().toBase64()), false);

    assertThatThrownBy(() -> KeyFiles.open(directory, Optional.of(MasterKey.generate().toBase64()), true))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("it is not the key this data directory was created with")
        .hasMessageContaining("Set PLUGBOARD_MASTER_KEY to that key");
  }

  @Test
  void existing_data_without_a_master_key_is_refused() {
    KeyFiles.open(directory, Optional.of(MasterKey.generate().toBase64()), false);

    assertThatThrownBy(() -> KeyFiles.open(directory, Optional.empty(), true))
        .hasMessageContaining("holds encrypted data but no master key was given");
    assertThat(directory.resolve("master.key")).doesNotExist();
  }

  @Test
  void existing_data_without_data_keys_is_refused() {
    assertThatThrownBy(() -> KeyFiles.open(directory, Optional.empty(), true))
        .hasMessageContaining("holds encrypted data but no master key was given");
    assertThatThrownBy(() -> KeyFiles.open(directory, Optional.of(MasterKey.generate().toBase64()), true))
        .hasMessageContaining("its data keys (data-keys.aead.json, data-keys.mac.json) are missing");
  }

  @Test
  void a_malformed_master_key_is_explained() {
    assertThatThrownBy(() -> KeyFiles.open(directory, Optional.of("not base64!"), false))
        .hasMessageStartingWith("PLUGBOARD_MASTER_KEY is not valid Base64");
    assertThatThrownBy(() -> KeyFiles.open(directory, Optional.of("c2hvcnQ="), false))
        .hasMessageStartingWith("PLUGBOARD_MASTER_KEY holds 5 bytes; a master key is exactly 32 random bytes");
  }

  @Test
  void ciphertexts_name_their_key_and_fail_when_altered_or_moved() {
    TinkConfigurationCipher cipher = new TinkConfigurationCipher(DataKeys.generate());
    byte[] ciphertext = cipher.encrypt(bytes("api secret"), bytes("org 1 instance 7"));

    assertThat(ciphertext[0]).as("Tink's prefix: version byte, then the 4-byte key id").isEqualTo((byte) 1);
    assertThat(cipher.decrypt(ciphertext, bytes("org 1 instance 7"))).hasValue(bytes("api secret"));
    assertThat(cipher.decrypt(ciphertext, bytes("org 1 instance 8"))).isEmpty();
    byte[] flipped = ciphertext.clone();
    flipped[flipped.length - 3] ^= 0x10;
    assertThat(cipher.decrypt(flipped, bytes("org 1 instance 7"))).isEmpty();
  }

  @Test
  void digests_are_keyed_32_byte_hmacs() {
    SecretDigest one = new TinkSecretDigester(DataKeys.generate()).digest("token");
    SecretDigest other = new TinkSecretDigester(DataKeys.generate()).digest("token");

    assertThat(one.bytes()).hasSize(32);
    assertThat(one).isNotEqualTo(other);
  }

  @Test
  void generated_secrets_have_open_connectors_formats() {
    SecureRandomSecretGenerator secrets = new SecureRandomSecretGenerator();
    assertThat(secrets.newInstanceToken()).matches("[A-Za-z0-9+/]{43}=");
    assertThat(secrets.newUserSecret()).matches("[A-Za-z0-9+/]{43}=");
    assertThat(secrets.newOrganizationSecret()).matches("[0-9a-f]{32}");
    assertThat(secrets.newInstanceToken()).isNotEqualTo(secrets.newInstanceToken());
  }
}
