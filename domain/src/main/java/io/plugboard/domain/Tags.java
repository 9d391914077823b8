package io.plugboard.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An instance's tags: HTML-stripped and trimmed, empty ones dropped, duplicates removed in order. */
public record Tags(List<String> values) {
  public static final int MAX_COUNT = 50;
  public static final int MAX_LENGTH = 255;
  static final String FIELD = "tags";

  public Tags {
    values = List.copyOf(values);
  }

  public static Tags none() {
    return new Tags(List.of());
  }

  /**
   * Normalises submitted tags. When none were submitted, the instance is tagged with its name, as Open
   * Connectors does, so {@code GET /instances?tags[]=<name>} finds it.
   */
  public static Tags parse(List<String> raw, InstanceName name, Violations violations) {
    if (raw == null) {
      return name == null ? none() : new Tags(List.of(name.value()));
    }
    if (raw.size() > MAX_COUNT * 4) {
      violations.add(FIELD, "must have at most " + MAX_COUNT + " tags, got " + raw.size());
      return null;
    }
    Set<String> normalised = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < raw.size(); i++) {
      String tag = raw.get(i);
      String field = FIELD + "[" + i + "]";
      if (tag == null) {
        violations.add(field, "must be a string");
        valid = false;
      } else if (tag.length() > InstanceName.MAX_RAW_LENGTH) {
        violations.add(field, "must be at most " + MAX_LENGTH + " characters");
        valid = false;
      } else if (Text.hasControlCharacters(tag)) {
        violations.add(field, "must not contain control characters");
        valid = false;
      } else {
        String clean = Text.stripHtml(tag).strip();
        if (Text.codePoints(clean) > MAX_LENGTH) {
          violations.add(field, "must be at most " + MAX_LENGTH + " characters");
          valid = false;
        } else if (!clean.isEmpty()) {
          normalised.add(clean);
        }
      }
    }
    if (normalised.size() > MAX_COUNT) {
      violations.add(FIELD, "must have at most " + MAX_COUNT + " tags, got " + normalised.size());
      return null;
    }
    return valid ? new Tags(new ArrayList<>(normalised)) : null;
  }

  public boolean containsAll(List<String> wanted) {
    return values.containsAll(wanted);
  }
}
