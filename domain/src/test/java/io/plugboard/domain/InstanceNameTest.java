package io.plugboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstanceNameTest {
  private final Violations violations = new Violations();

  @Test
  void strips_html_tags_then_trims_as_open_connectors_does() {
    InstanceName name = InstanceName.parse(
        "  <a href=\"#\" onClick=\"javascript:alert('xss');return false;\">churros-xss</a> ", violations);

    assertThat(name.value()).isEqualTo("churros-xss");
    assertThat(violations.isEmpty()).isTrue();
  }

  @Test
  void strips_tags_that_stripping_would_reassemble() {
    assertThat(InstanceName.parse("<<b>script>x", violations).value()).isEqualTo("x");
  }

  @Test
  void missing_name_is_required() {
    assertThat(InstanceName.parse(null, violations)).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("name", "is required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "<b></b>", " <br/> "})
  void name_empty_after_stripping_is_rejected(String raw) {
    assertThat(InstanceName.parse(raw, violations)).isNull();
    assertThat(violations.asList()).containsExactly(
        new Violation("name", "must not be empty once HTML tags and surrounding spaces are removed"));
  }

  @Test
  void accepts_255_characters_and_rejects_256() {
    assertThat(InstanceName.parse("a".repeat(255), violations).value()).hasSize(255);
    assertThat(InstanceName.parse("a".repeat(256), violations)).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("name", "must be at most 255 characters"));
  }

  @Test
  void counts_characters_not_utf16_units() {
    String emoji = "\uD83D\uDE00";
    assertThat(InstanceName.parse(emoji.repeat(255), violations)).isNotNull();
  }

  @Test
  void a_one_megabyte_name_is_a_violation_not_an_exception() {
    assertThat(InstanceName.parse("<".repeat(1 << 20), violations)).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("name", "must be at most 255 characters"));
  }

  @Test
  void control_characters_are_rejected() {
    assertThat(InstanceName.parse("bad\u0000name", violations)).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("name", "must not contain control characters"));
  }
}
