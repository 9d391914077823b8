package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.plugboard.domain.ConfigurationDefinition;
import io.plugboard.domain.ConfigurationOption;
import io.plugboard.domain.Element;
import io.plugboard.domain.ElementFlags;
import io.plugboard.domain.ValueFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Open Connectors JSON of an element, in the field order of the seed document. */
public final class ElementJson {
  /** Compact descriptors by element key, for the element object that must match exactly (same instance). */
  private static final Map<String, Cached> DESCRIPTORS = new ConcurrentHashMap<>();

  private record Cached(Element element, SerializedString json) {}

  private ElementJson() {}

  /**
   * The compact descriptor, written once per element and reused: it is most of every instance's JSON. Catalogs
   * hand out the same element objects, so an identity check is enough to know the cached text is this element's.
   */
  static SerializableString compactDescriptor(Element element) {
    Cached cached = DESCRIPTORS.get(element.key());
    if (cached == null || cached.element() != element) {
      cached = new Cached(element, new SerializedString(new String(
          JsonOutput.compact(json -> writeDescriptor(json, element)), StandardCharsets.UTF_8)));
      DESCRIPTORS.put(element.key(), cached);
    }
    return cached.json();
  }

  /** The descriptor as embedded in an instance: no configuration definitions. */
  public static void writeDescriptor(JsonGenerator json, Element element) throws IOException {
    json.writeStartObject();
    writeDescriptorFields(json, element);
    json.writeEndObject();
  }

  /** The element as {@code GET /elements/{keyOrId}} shows it: the descriptor and its configuration. */
  public static void writeElement(JsonGenerator json, Element element) throws IOException {
    json.writeStartObject();
    writeDescriptorFields(json, element);
    json.writeFieldName("configuration");
    writeDefinitions(json, element.configuration());
    json.writeEndObject();
  }

  public static void writeElements(JsonGenerator json, List<Element> elements) throws IOException {
    json.writeStartArray();
    for (Element element : elements) {
      writeElement(json, element);
    }
    json.writeEndArray();
  }

  public static void writeKeys(JsonGenerator json, List<Element> elements) throws IOException {
    json.writeStartArray();
    for (Element element : elements) {
      json.writeString(element.key());
    }
    json.writeEndArray();
  }

  public static void writeDefinitions(JsonGenerator json, List<ConfigurationDefinition> definitions)
      throws IOException {
    json.writeStartArray();
    for (ConfigurationDefinition definition : definitions) {
      writeDefinition(json, definition);
    }
    json.writeEndArray();
  }

  private static void writeDescriptorFields(JsonGenerator json, Element element) throws IOException {
    ElementFlags flags = element.flags();
    json.writeNumberField("id", element.id());
    json.writeStringField("name", element.name());
    json.writeStringField("key", element.key());
    json.writeStringField("description", element.description());
    json.writeStringField("image", element.image());
    json.writeBooleanField("active", flags.active());
    json.writeBooleanField("deleted", flags.deleted());
    json.writeBooleanField("typeOauth", flags.typeOauth());
    json.writeBooleanField("trialAccount", flags.trialAccount());
    json.writeFieldName("resources");
    json.writeStartArray();
    json.writeEndArray();
    json.writeBooleanField("transformationsEnabled", flags.transformationsEnabled());
    json.writeBooleanField("bulkDownloadEnabled", flags.bulkDownloadEnabled());
    json.writeBooleanField("bulkUploadEnabled", flags.bulkUploadEnabled());
    json.writeBooleanField("cloneable", flags.cloneable());
    json.writeBooleanField("extendable", flags.extendable());
    json.writeBooleanField("enabled", flags.enabled());
    json.writeBooleanField("beta", flags.beta());
    json.writeObjectFieldStart("authentication");
    json.writeStringField("type", element.authentication().wireName());
    json.writeEndObject();
    json.writeBooleanField("extended", flags.extended());
    json.writeStringField("hub", element.hub());
    json.writeStringField("protocolType", element.protocolType());
    json.writeFieldName("parameters");
    json.writeStartArray();
    json.writeEndArray();
    json.writeBooleanField("private", flags.privateElement());
  }

  private static void writeDefinition(JsonGenerator json, ConfigurationDefinition definition) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", definition.key());
    json.writeStringField("name", definition.name());
    json.writeStringField("description", definition.description());
    json.writeStringField("type", definition.type().name());
    json.writeBooleanField("required", definition.required());
    json.writeStringField("defaultValue", definition.defaultValue());
    json.writeBooleanField("hideFromConsole", definition.hideFromConsole());
    json.writeNumberField("displayOrder", definition.displayOrder());
    json.writeBooleanField("active", true);
    json.writeBooleanField("internal", false);
    json.writeBooleanField("secret", definition.secret());
    if (definition.format() != ValueFormat.ANY) {
      json.writeStringField("format", definition.format().name());
    }
    if (!definition.options().isEmpty()) {
      json.writeArrayFieldStart("options");
      for (ConfigurationOption option : definition.options()) {
        json.writeStartObject();
        json.writeStringField("value", option.value());
        json.writeStringField("description", option.description());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }
}
