package io.plugboard.application.port.in;

import io.plugboard.domain.ElementReference;
import io.plugboard.domain.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to create an instance, as submitted: nothing is checked yet. {@code inputViolations} carries the
 * problems an adapter already found while reading the request (a wrong JSON type, say), so that they are
 * reported together with the rest; fields named there are not checked again.
 */
public record CreateInstanceCommand(
    ElementReference element,
    String name,
    Map<String, Object> configuration,
    List<String> tags,
    List<Violation> inputViolations) {

  public CreateInstanceCommand {
    configuration = configuration == null ? null : new LinkedHashMap<>(configuration);
    tags = tags == null ? null : new ArrayList<>(tags);
    inputViolations = inputViolations == null ? List.of() : List.copyOf(inputViolations);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a command in code, as a library user would. */
  public static final class Builder {
    private ElementReference element;
    private String name;
    private final Map<String, Object> configuration = new LinkedHashMap<>();
    private List<String> tags;

    private Builder() {}

    public Builder element(String key) {
      this.element = ElementReference.byKey(key);
      return this;
    }

    public Builder elementId(long id) {
      this.element = ElementReference.byId(id);
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder configuration(String key, Object value) {
      configuration.put(key, value);
      return this;
    }

    public Builder tag(String tag) {
      if (tags == null) {
        tags = new ArrayList<>();
      }
      tags.add(tag);
      return this;
    }

    public CreateInstanceCommand build() {
      return new CreateInstanceCommand(element, name, configuration, tags, List.of());
    }
  }
}
