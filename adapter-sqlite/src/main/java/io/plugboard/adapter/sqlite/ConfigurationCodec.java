package io.plugboard.adapter.sqlite;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plaintext that is encrypted: a version byte, then length-prefixed UTF-8 keys and values, in order. */
final class ConfigurationCodec {
  private static final int VERSION = 1;

  private ConfigurationCodec() {}

  static byte[] encode(Map<String, String> values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + values.size() * 32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(values.size());
      for (Map.Entry<String, String> entry : values.entrySet()) {
        writeText(out, entry.getKey());
        writeText(out, entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Map<String, String> decode(byte[] encoded) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IOException("unknown configuration encoding " + version);
      }
      int count = in.readInt();
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        values.put(readText(in), readText(in));
      }
      return values;
    }
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("truncated configuration");
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
