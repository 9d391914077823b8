package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import io.plugboard.domain.Violation;
import java.io.IOException;
import java.util.List;

/** The Open Connectors error body: {@code requestId} and {@code message}, plus field errors when there are some. */
public final class ErrorJson {
  private ErrorJson() {}

  public static void write(JsonGenerator json, String requestId, String message, List<Violation> errors,
      String providerMessage) throws IOException {
    json.writeStartObject();
    if (requestId != null) {
      json.writeStringField("requestId", requestId);
    }
    json.writeStringField("message", message);
    if (errors != null && !errors.isEmpty()) {
      json.writeArrayFieldStart("errors");
      for (Violation violation : errors) {
        json.writeStartObject();
        json.writeStringField("field", violation.field());
        json.writeStringField("message", violation.message());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (providerMessage != null) {
      json.writeStringField("providerMessage", providerMessage);
    }
    json.writeEndObject();
  }
}
