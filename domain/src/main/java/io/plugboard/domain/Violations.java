package io.plugboard.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one request so that all of them are reported at once. */
public final class Violations {
  /** Beyond this many, further violations are summarised: a hostile request must not produce a huge answer. */
  static final int MAX_REPORTED = 50;

  private final List<Violation> list = new ArrayList<>();
  private int dropped;

  public Violations() {}

  public Violations(List<Violation> initial) {
    initial.forEach(v -> add(v.field(), v.message()));
  }

  public void add(String field, String message) {
    if (list.size() < MAX_REPORTED) {
      list.add(new Violation(field, message));
    } else {
      dropped++;
    }
  }

  /** True when a violation concerns this field or anything inside it. */
  public boolean touches(String field) {
    for (Violation violation : list) {
      String other = violation.field();
      if (other.startsWith(field) && (other.length() == field.length() || other.charAt(field.length()) == '.'
          || other.charAt(field.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Violation> asList() {
    if (dropped == 0) {
      return List.copyOf(list);
    }
    List<Violation> all = new ArrayList<>(list);
    all.add(new Violation("request", "has " + dropped + " more problems that are not listed"));
    return List.copyOf(all);
  }

  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new ValidationException(asList());
    }
  }
}
