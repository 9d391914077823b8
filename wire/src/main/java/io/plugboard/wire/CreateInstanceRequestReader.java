package io.plugboard.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.domain.ElementReference;
import io.plugboard.domain.Violations;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code POST /instances} into a command. Wrong JSON types become violations carried by
 * the command, so that they are reported together with the rule violations the use case finds.
 */
public final class CreateInstanceRequestReader {
  static final Set<String> FIELDS = Set.of("element", "name", "configuration", "tags", "providerData");
  private static final String KNOWN_FIELDS = "element, name, configuration, tags, providerData";
  private static final int MAX_FIELD_NAME_SHOWN = 64;

  private CreateInstanceRequestReader() {}

  /** @throws MalformedJsonException when the body is not one strict JSON object */
  public static CreateInstanceCommand read(byte[] body) {
    return read(JsonReading.readTree(body));
  }

  /**
   * Reads a JSON object of configuration keys and values, as a configuration file holds it.
   *
   * @throws MalformedJsonException when the content is not one strict JSON object
   */
  public static Map<String, Object> readConfiguration(byte[] content) {
    JsonNode tree = JsonReading.readTree(content);
    if (!tree.isObject()) {
      throw new MalformedJsonException("A configuration file must hold one JSON object of keys and values.");
    }
    Violations violations = new Violations();
    Map<String, Object> values = configuration(tree, violations);
    violations.throwIfAny();
    return values;
  }

  public static CreateInstanceCommand read(JsonNode body) {
    if (!body.isObject()) {
      throw new MalformedJsonException("The request body must be a JSON object, with element, name and "
          + "configuration.");
    }
    Violations violations = new Violations();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!FIELDS.contains(field)) {
        violations.add(shown(field), "is not a field of this request; the fields are: " + KNOWN_FIELDS);
      }
    }
    ElementReference element = element(body.get("element"), violations);
    String name = text(body.get("name"), "name", violations);
    Map<String, Object> configuration = configuration(body.get("configuration"), violations);
    List<String> tags = tags(body.get("tags"), violations);
    JsonNode providerData = body.get("providerData");
    if (present(providerData) && !providerData.isObject()) {
      violations.add("providerData", "must be an object");
    }
    return new CreateInstanceCommand(element, name, configuration, tags, violations.asList());
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String shown(String field) {
    return field.length() <= MAX_FIELD_NAME_SHOWN ? field : field.substring(0, MAX_FIELD_NAME_SHOWN) + "...";
  }

  private static ElementReference element(JsonNode node, Violations violations) {
    if (!present(node)) {
      return null;
    }
    if (!node.isObject()) {
      violations.add("element", "must be an object with the element's key, as {\"key\": \"mixpanel\"}, or its id");
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!field.equals("key") && !field.equals("id")) {
        violations.add("element." + shown(field), "is not a field of element; give key or id");
      }
    }
    JsonNode key = node.get("key");
    JsonNode id = node.get("id");
    if (present(key) && present(id)) {
      violations.add("element", "give either key or id, not both");
      return null;
    }
    if (present(key)) {
      if (!key.isTextual() || key.textValue().isBlank()) {
        violations.add("element.key", "must be a non-empty string");
        return null;
      }
      return ElementReference.byKey(key.textValue().strip());
    }
    if (present(id)) {
      if (!id.isIntegralNumber() || id.bigIntegerValue().signum() <= 0
          || id.bigIntegerValue().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
        violations.add("element.id", "must be a positive whole number");
        return null;
      }
      return ElementReference.byId(id.longValue());
    }
    violations.add("element", "must have the element's key, as {\"key\": \"mixpanel\"}, or its id");
    return null;
  }

  private static String text(JsonNode node, String field, Violations violations) {
    if (!present(node)) {
      return null;
    }
    if (!node.isTextual()) {
      violations.add(field, "must be a string");
      return null;
    }
    return node.textValue();
  }

  private static Map<String, Object> configuration(JsonNode node, Violations violations) {
    if (!present(node)) {
      return null;
    }
    if (!node.isObject()) {
      violations.add("configuration", "must be an object of configuration keys and values");
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> values.put(entry.getKey(), scalar(entry.getValue())));
    return values;
  }

  /** The plain Java value of a JSON scalar; containers pass through as empty containers for the domain to refuse. */
  private static Object scalar(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isNull()) {
      return null;
    }
    return value.isArray() ? List.of() : Map.of();
  }

  private static List<String> tags(JsonNode node, Violations violations) {
    if (!present(node)) {
      return null;
    }
    if (!node.isArray()) {
      violations.add("tags", "must be an array of strings");
      return null;
    }
    List<String> tags = new ArrayList<>(node.size());
    for (JsonNode tag : node) {
      tags.add(tag.isTextual() ? tag.textValue() : null);
    }
    return tags;
  }
}
