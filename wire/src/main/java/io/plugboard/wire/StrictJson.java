package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for reading untrusted JSON: strict, and bounded in depth and size. */
public final class StrictJson {
  public static final int MAX_NESTING_DEPTH = 32;
  public static final int MAX_STRING_LENGTH = 64 * 1024;
  static final int MAX_NUMBER_LENGTH = 100;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNameLength(MAX_STRING_LENGTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .build())
          .build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private StrictJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
