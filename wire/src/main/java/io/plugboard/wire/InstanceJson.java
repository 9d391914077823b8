package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import io.plugboard.domain.Instance;
import java.io.IOException;
import java.util.List;

/**
 * The Open Connectors JSON of an instance, in the field order of the seed document. Secrets are always
 * masked; the token is written only when given, which is only right after creation.
 */
public final class InstanceJson {
  private InstanceJson() {}

  /** @param token the new instance's token, or null for every read after creation */
  public static void write(JsonGenerator json, Instance instance, String token) throws IOException {
    String created = Timestamps.format(instance.createdAt());
    json.writeStartObject();
    json.writeNumberField("id", instance.id());
    json.writeStringField("name", instance.name().value());
    json.writeStringField("createdAt", created);
    json.writeStringField("createdDate", created);
    if (token != null) {
      json.writeStringField("token", token);
    }
    json.writeFieldName("element");
    if (json.getPrettyPrinter() == null) {
      json.writeRawValue(ElementJson.compactDescriptor(instance.element()));
    } else {
      ElementJson.writeDescriptor(json, instance.element());
    }
    json.writeNumberField("elementId", instance.element().id());
    json.writeArrayFieldStart("tags");
    for (String tag : instance.tags().values()) {
      json.writeString(tag);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("provisionInteractions");
    json.writeEndArray();
    json.writeBooleanField("valid", instance.valid());
    json.writeBooleanField("disabled", instance.disabled());
    json.writeNumberField("maxCacheSize", 0);
    json.writeNumberField("cacheTimeToLive", 0);
    json.writeObjectFieldStart("configuration");
    for (String key : instance.configuration().values().keySet()) {
      json.writeStringField(key, instance.configuration().shown(key, instance.element()));
    }
    json.writeEndObject();
    json.writeBooleanField("eventsEnabled", instance.configuration().eventsEnabled());
    json.writeBooleanField("traceLoggingEnabled", false);
    json.writeBooleanField("cachingEnabled", false);
    json.writeStringField("externalAuthentication", "none");
    json.writeObjectFieldStart("user");
    json.writeNumberField("id", instance.owner().userId());
    json.writeEndObject();
    json.writeEndObject();
  }

  public static void writeList(JsonGenerator json, List<Instance> instances) throws IOException {
    json.writeStartArray();
    for (Instance instance : instances) {
      write(json, instance, null);
    }
    json.writeEndArray();
  }
}
