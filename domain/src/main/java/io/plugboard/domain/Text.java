package io.plugboard.domain;

import java.util.regex.Pattern;

/** Rules for the free text that people give names and tags. */
final class Text {
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  private Text() {}

  /** Removes HTML tags, as Open Connectors does for instance names and tags; leaves other text alone. */
  static String stripHtml(String value) {
    if (value.indexOf('<') < 0) {
      return value;
    }
    String previous;
    String current = value;
    do {
      previous = current;
      current = TAG.matcher(previous).replaceAll("");
    } while (!current.equals(previous));
    return current;
  }

  static boolean hasControlCharacters(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int codePoints(String value) {
    return value.codePointCount(0, value.length());
  }
}
