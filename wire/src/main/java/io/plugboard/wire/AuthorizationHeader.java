package io.plugboard.wire;

import io.plugboard.application.port.in.Credentials;
import java.util.Optional;

/**
 * Reads {@code Authorization: User <secret>, Organization <secret>[, Element <token>]}: pairs in any order,
 * kinds in any case, spaces around commas tolerated. Anything else reads as no credentials. Every request
 * carries one, so it is scanned by hand rather than split with regular expressions.
 */
public final class AuthorizationHeader {
  /** Longer headers are refused unread; real ones are about 100 characters. */
  public static final int MAX_LENGTH = 1024;

  private AuthorizationHeader() {}

  public static Optional<Credentials> parse(String header) {
    if (header == null || header.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String user = null;
    String organization = null;
    String element = null;
    int pairStart = 0;
    while (true) {
      int comma = header.indexOf(',', pairStart);
      int pairEnd = comma < 0 ? header.length() : comma;
      int kindStart = skipSpaces(header, pairStart, pairEnd);
      int kindEnd = skipWord(header, kindStart, pairEnd);
      int secretStart = skipSpaces(header, kindEnd, pairEnd);
      int secretEnd = skipWord(header, secretStart, pairEnd);
      if (kindStart == kindEnd || secretStart == kindEnd || secretStart == secretEnd
          || skipSpaces(header, secretEnd, pairEnd) != pairEnd) {
        return Optional.empty();
      }
      String secret = header.substring(secretStart, secretEnd);
      if (isKind(header, kindStart, kindEnd, "user") && user == null) {
        user = secret;
      } else if (isKind(header, kindStart, kindEnd, "organization") && organization == null) {
        organization = secret;
      } else if (isKind(header, kindStart, kindEnd, "element") && element == null) {
        element = secret;
      } else {
        return Optional.empty();
      }
      if (comma < 0) {
        break;
      }
      pairStart = comma + 1;
    }
    if (user == null || organization == null) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(user, organization));
  }

  private static int skipSpaces(String text, int from, int end) {
    int at = from;
    while (at < end && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static int skipWord(String text, int from, int end) {
    int at = from;
    while (at < end && !Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isKind(String text, int start, int end, String kind) {
    return end - start == kind.length() && text.regionMatches(true, start, kind, 0, kind.length());
  }
}
