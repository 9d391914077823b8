package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes JSON documents with Jackson's streaming generator: no reflection, no intermediate tree. */
public final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Writes one document's fields and values. */
  @FunctionalInterface
  public interface Body {
    void writeTo(JsonGenerator json) throws IOException;
  }

  private JsonOutput() {}

  public static byte[] compact(Body body) {
    return write(body, false);
  }

  /** Two-space indentation and a trailing newline, for people reading a terminal. */
  public static byte[] pretty(Body body) {
    return write(body, true);
  }

  private static byte[] write(Body body, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (pretty) {
        json.setPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      }
      body.writeTo(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pretty) {
      out.write('\n');
    }
    return out.toByteArray();
  }
}
