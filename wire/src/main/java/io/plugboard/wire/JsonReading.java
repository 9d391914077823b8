package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads untrusted bytes into a JSON tree, turning every Jackson failure into a safe message. */
final class JsonReading {
  private JsonReading() {}

  static JsonNode readTree(byte[] body) {
    if (body == null || body.length == 0) {
      throw new MalformedJsonException("The request body is empty; a JSON object is expected.");
    }
    try {
      JsonNode tree = StrictJson.mapper().readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw new MalformedJsonException("The request body is empty; a JSON object is expected.");
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw new MalformedJsonException("The request body is too large or too deep: " + constraint(e) + ".");
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException("The request body is not valid JSON" + where(e.getLocation()) + ": "
          + reason(e) + ".");
    } catch (IOException e) {
      throw new MalformedJsonException("The request body could not be read.");
    }
  }

  private static String constraint(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nesting deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels";
    }
    if (message.contains("Number value length")) {
      return "a number longer than " + StrictJson.MAX_NUMBER_LENGTH + " digits";
    }
    return "a string or name longer than " + StrictJson.MAX_STRING_LENGTH + " characters";
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Jackson's own messages quote the offending text, which may be a secret: name the kind of problem only. */
  private static String reason(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate field") || message.contains("duplicate")) {
      return "a field appears twice in the same object";
    }
    if (message.contains("Trailing token") || message.contains("trailing")) {
      return "there is more content after the JSON value";
    }
    if (message.contains("end-of-input") || message.contains("Unexpected end")) {
      return "the JSON ends too early";
    }
    if (message.contains("control character") || message.contains("CTRL-CHAR")) {
      return "a string contains an unescaped control character";
    }
    return "unexpected character or token";
  }
}
