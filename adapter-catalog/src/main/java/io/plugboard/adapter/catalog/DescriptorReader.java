package io.plugboard.adapter.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.plugboard.domain.AuthenticationType;
import io.plugboard.domain.ConfigurationDefinition;
import io.plugboard.domain.ConfigurationOption;
import io.plugboard.domain.ConfigurationType;
import io.plugboard.domain.Element;
import io.plugboard.domain.ElementFlags;
import io.plugboard.domain.ValueFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns one element descriptor file into an {@link Element}, or says exactly what is wrong with it. */
final class DescriptorReader {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Set<String> ELEMENT_FIELDS = Set.of("id", "key", "name", "description", "image",
      "authentication", "hub", "protocolType", "configuration", "active", "deleted", "typeOauth", "trialAccount",
      "transformationsEnabled", "bulkDownloadEnabled", "bulkUploadEnabled", "cloneable", "extendable", "enabled",
      "beta", "extended", "private", "resources", "parameters");
  private static final Set<String> DEFINITION_FIELDS = Set.of("key", "name", "description", "type", "required",
      "defaultValue", "secret", "hideFromConsole", "displayOrder", "format", "options");

  private final String source;

  private DescriptorReader(String source) {
    this.source = source;
  }

  static Element read(String source, byte[] content) {
    return new DescriptorReader(source).read(content);
  }

  private Element read(byte[] content) {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      throw new CatalogException(source + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new CatalogException(source + ": cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw fail("(root)", "must be a JSON object describing one element");
    }
    onlyKnownFields(root, ELEMENT_FIELDS, "");
    String authName = text(root.path("authentication"), "type", true, "authentication");
    AuthenticationType authentication = AuthenticationType.fromWireName(authName).orElseThrow(() -> fail(
        "authentication.type", "must be one of " + Arrays.stream(AuthenticationType.values())
            .map(AuthenticationType::wireName).collect(Collectors.joining(", "))));
    ElementFlags defaults = ElementFlags.defaults(authentication.isOauth());
    ElementFlags flags = new ElementFlags(
        flag(root, "active", defaults.active()), flag(root, "deleted", defaults.deleted()),
        flag(root, "typeOauth", defaults.typeOauth()), flag(root, "trialAccount", defaults.trialAccount()),
        flag(root, "transformationsEnabled", defaults.transformationsEnabled()),
        flag(root, "bulkDownloadEnabled", defaults.bulkDownloadEnabled()),
        flag(root, "bulkUploadEnabled", defaults.bulkUploadEnabled()),
        flag(root, "cloneable", defaults.cloneable()), flag(root, "extendable", defaults.extendable()),
        flag(root, "enabled", defaults.enabled()), flag(root, "beta", defaults.beta()),
        flag(root, "extended", defaults.extended()), flag(root, "private", defaults.privateElement()));
    List<ConfigurationDefinition> definitions = new ArrayList<>();
    JsonNode configuration = root.path("configuration");
    if (!configuration.isMissingNode() && !configuration.isArray()) {
      throw fail("configuration", "must be an array of configuration definitions");
    }
    for (int i = 0; i < configuration.size(); i++) {
      definitions.add(definition(configuration.get(i), "configuration[" + i + "]"));
    }
    try {
      return new Element(positiveLong(root, "id"), text(root, "key", true), text(root, "name", true),
          text(root, "description", false), text(root, "image", false), authentication, text(root, "hub", true),
          text(root, "protocolType", false), flags, definitions);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(source + ": " + e.getMessage());
    }
  }

  private ConfigurationDefinition definition(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "must be an object");
    }
    onlyKnownFields(node, DEFINITION_FIELDS, path + ".");
    String typeName = text(node, "type", true, path);
    ConfigurationType type;
    try {
      type = ConfigurationType.valueOf(typeName);
    } catch (IllegalArgumentException e) {
      throw fail(path + ".type", "must be one of " + Arrays.toString(ConfigurationType.values()));
    }
    String formatName = text(node, "format", false, path);
    ValueFormat format;
    try {
      format = formatName == null ? ValueFormat.ANY : ValueFormat.valueOf(formatName);
    } catch (IllegalArgumentException e) {
      throw fail(path + ".format", "must be one of " + Arrays.toString(ValueFormat.values()));
    }
    List<ConfigurationOption> options = new ArrayList<>();
    JsonNode optionNodes = node.path("options");
    for (int i = 0; i < optionNodes.size(); i++) {
      String optionPath = path + ".options[" + i + "]";
      options.add(new ConfigurationOption(text(optionNodes.get(i), "value", true, optionPath),
          text(optionNodes.get(i), "description", false, optionPath)));
    }
    JsonNode order = node.path("displayOrder");
    if (!order.isMissingNode() && !order.canConvertToInt()) {
      throw fail(path + ".displayOrder", "must be a whole number");
    }
    try {
      return new ConfigurationDefinition(text(node, "key", true, path), text(node, "name", false, path),
          text(node, "description", false, path), type, flag(node, "required", false, path),
          text(node, "defaultValue", false, path), flag(node, "secret", false, path),
          flag(node, "hideFromConsole", false, path), order.asInt(0), format, options);
    } catch (IllegalArgumentException e) {
      throw fail(path, e.getMessage());
    }
  }

  private void onlyKnownFields(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw fail(prefix + name, "is not a descriptor field; known fields: "
            + known.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  private long positiveLong(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() <= 0) {
      throw fail(field, "is required and must be a positive whole number");
    }
    return value.longValue();
  }

  private String text(JsonNode node, String field, boolean required) {
    return text(node, field, required, "");
  }

  private String text(JsonNode node, String field, boolean required, String path) {
    String fullPath = path.isEmpty() ? field : path + "." + field;
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw fail(fullPath, "is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw fail(fullPath, "must be a string");
    }
    if (required && value.textValue().isBlank()) {
      throw fail(fullPath, "must not be empty");
    }
    return value.textValue();
  }

  private boolean flag(JsonNode node, String field, boolean fallback) {
    return flag(node, field, fallback, "");
  }

  private boolean flag(JsonNode node, String field, boolean fallback, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw fail(path.isEmpty() ? field : path + "." + field, "must be true or false");
    }
    return value.booleanValue();
  }

  private CatalogException fail(String field, String message) {
    return new CatalogException(source + ": field '" + field + "' " + message);
  }
}
