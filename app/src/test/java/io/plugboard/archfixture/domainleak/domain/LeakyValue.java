package io.plugboard.archfixture.domainleak.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** Breaks the rule on purpose: a domain type that knows Jackson. */
public record LeakyValue(JsonNode json) {}
