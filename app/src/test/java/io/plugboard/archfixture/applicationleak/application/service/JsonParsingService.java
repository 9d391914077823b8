package io.plugboard.archfixture.applicationleak.application.service;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the rule on purpose: a use case that parses JSON itself. */
public final class JsonParsingService {
  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectMapper mapper() {
    return mapper;
  }
}
