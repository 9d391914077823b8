package io.plugboard.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The accepted configuration of an instance: key to value, values stored as strings, in submission order. */
public record Configuration(Map<String, String> values) {
  public static final String MASK = "********";

  public Configuration {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Configuration empty() {
    return new Configuration(Map.of());
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The values to show a caller: every secret of the element replaced by {@value #MASK}. */
  public Map<String, String> masked(Element element) {
    Map<String, String> shown = new LinkedHashMap<>();
    values.keySet().forEach(key -> shown.put(key, shown(key, element)));
    return shown;
  }

  /** The value under the key as a caller may see it: {@value #MASK} when the element says it is secret. */
  public String shown(String key, Element element) {
    return element.isSecret(key) ? MASK : values.get(key);
  }

  public boolean eventsEnabled() {
    return "true".equals(values.get(CommonConfiguration.EVENTS_ENABLED));
  }

  @Override
  public String toString() {
    return "Configuration" + values.keySet();
  }
}
