package io.plugboard.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** An optional further constraint on a text value, beyond its type's length. */
public enum ValueFormat {
  ANY,
  INTEGER,
  HTTP_URL;

  Optional<String> problem(String value) {
    switch (this) {
      case INTEGER:
        return value.matches("-?[0-9]{1,18}") ? Optional.empty() : Optional.of("must be a whole number");
      case HTTP_URL:
        return isHttpUrl(value) ? Optional.empty() : Optional.of("must be an http or https URL");
      default:
        return Optional.empty();
    }
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
