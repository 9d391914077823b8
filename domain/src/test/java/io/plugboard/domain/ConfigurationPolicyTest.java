package io.plugboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConfigurationPolicyTest {
  private final Violations violations = new Violations();

  private Configuration validate(Map<String, ?> submitted, Element element) {
    return ConfigurationPolicy.validate(submitted, element, violations);
  }

  @Test
  void accepts_the_seed_configuration() {
    Configuration configuration = validate(Map.of("username", "abc123"), TestElements.mixpanel());

    assertThat(configuration.values()).containsExactly(Map.entry("username", "abc123"));
    assertThat(violations.isEmpty()).isTrue();
  }

  @Test
  void a_missing_required_key_is_reported() {
    assertThat(validate(Map.of(), TestElements.mixpanel())).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("configuration.username", "is required"));
  }

  @Test
  void an_empty_string_counts_as_missing() {
    validate(Map.of("username", ""), TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(new Violation("configuration.username", "is required"));
  }

  @Test
  void null_configuration_is_treated_as_empty() {
    validate(null, TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(new Violation("configuration.username", "is required"));
  }

  @Test
  void every_missing_required_key_is_reported_at_once() {
    validate(Map.of(), TestElements.richElement());
    assertThat(violations.asList()).containsExactly(
        new Violation("configuration.subdomain", "is required"),
        new Violation("configuration.username", "is required"));
  }

  @Test
  void an_unknown_key_names_the_known_keys_and_the_likely_one() {
    validate(Map.of("usrname", "x"), TestElements.mixpanel());

    assertThat(violations.asList()).hasSize(2);
    Violation unknown = violations.asList().get(0);
    assertThat(unknown.field()).isEqualTo("configuration.usrname");
    assertThat(unknown.message())
        .startsWith("is not a configuration key of element 'mixpanel'. Did you mean 'username'? Known keys: "
            + "username, event.notification.enabled, event.vendor.type")
        .contains("filter.response.nulls");
    assertThat(violations.asList().get(1)).isEqualTo(new Violation("configuration.username", "is required"));
  }

  @Test
  void an_unknown_key_far_from_every_known_one_gets_no_hint() {
    validate(Map.of("username", "s", "completely.different", "x"), TestElements.mixpanel());
    assertThat(violations.asList().get(0).message()).doesNotContain("Did you mean");
  }

  @Test
  void common_platform_keys_are_known_to_every_element() {
    Configuration configuration = validate(Map.of("username", "s", "event.notification.enabled", true,
        "event.notification.callback.url", "https://hooks.example.test/x", "event.poller.refresh_interval", 15,
        "filter.response.nulls", "FALSE"), TestElements.mixpanel());

    assertThat(violations.asList()).isEmpty();
    assertThat(configuration.values()).containsEntry("event.notification.enabled", "true")
        .containsEntry("event.poller.refresh_interval", "15").containsEntry("filter.response.nulls", "false");
    assertThat(configuration.eventsEnabled()).isTrue();
  }

  @Test
  void enabling_events_without_a_callback_url_is_rejected() {
    validate(Map.of("username", "s", "event.notification.enabled", "true"), TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(new Violation("configuration.event.notification.callback.url",
        "is required when event.notification.enabled is true"));
  }

  @Test
  void values_must_fit_their_type() {
    Map<String, Object> submitted = new LinkedHashMap<>();
    submitted.put("subdomain", "x".repeat(33));
    submitted.put("username", "secret");
    submitted.put("sandbox", "maybe");
    submitted.put("confirm", "perhaps");
    submitted.put("region", "mars");
    submitted.put("event.notification.callback.url", "ftp://x");
    submitted.put("event.poller.refresh_interval", "soon");
    validate(submitted, TestElements.richElement());

    assertThat(violations.asList()).containsExactly(
        new Violation("configuration.subdomain", "must be at most 32 characters"),
        new Violation("configuration.sandbox", "must be true or false"),
        new Violation("configuration.confirm", "must be yes or no"),
        new Violation("configuration.region", "must be one of: us, eu"),
        new Violation("configuration.event.notification.callback.url", "must be an http or https URL"),
        new Violation("configuration.event.poller.refresh_interval", "must be a whole number"));
  }

  @Test
  void messages_never_repeat_the_submitted_value() {
    validate(Map.of("username", "TOP-SECRET\u0001"), TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(
        new Violation("configuration.username", "must not contain control characters"));
    assertThat(violations.asList().toString()).doesNotContain("TOP-SECRET");
  }

  @Test
  void numbers_and_booleans_are_stored_as_strings_and_defaults_filled_in() {
    Map<String, Object> submitted = new LinkedHashMap<>();
    submitted.put("subdomain", new BigDecimal("12.50"));
    submitted.put("username", 42L);
    submitted.put("sandbox", false);
    submitted.put("confirm", true);
    Configuration configuration = validate(submitted, TestElements.richElement());

    assertThat(configuration.values()).containsExactly(Map.entry("subdomain", "12.5"), Map.entry("username", "42"),
        Map.entry("sandbox", "false"), Map.entry("confirm", "yes"), Map.entry("region", "us"));
  }

  @Test
  void objects_and_arrays_are_not_configuration_values() {
    validate(Map.of("username", List.of("a")), TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(
        new Violation("configuration.username", "must be a string, a number or a boolean"));
  }

  @Test
  void textarea_allows_newlines_but_text_fields_do_not() {
    validate(Map.of("subdomain", "a\nb", "username", "s", "notes", "line one\nline two"),
        TestElements.richElement());
    assertThat(violations.asList()).containsExactly(
        new Violation("configuration.subdomain", "must not contain control characters"));
  }

  @Test
  void a_huge_value_is_a_violation() {
    validate(Map.of("username", "x".repeat(1 << 20)), TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(
        new Violation("configuration.username", "must be at most 4096 characters"));
  }

  @Test
  void too_many_keys_give_one_violation() {
    Map<String, Object> many = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      many.put("k" + i, "v");
    }
    validate(many, TestElements.mixpanel());
    assertThat(violations.asList()).containsExactly(
        new Violation("configuration", "must have at most 200 keys, got 10000"));
  }

  @Test
  void a_null_key_is_a_violation() {
    Map<String, Object> withNullKey = new HashMap<>();
    withNullKey.put(null, "x");
    withNullKey.put("username", "s");
    validate(withNullKey, TestElements.mixpanel());
    assertThat(violations.asList()).extracting(Violation::field).containsExactly("configuration");
  }

  @Test
  void secrets_are_masked_and_other_values_shown() {
    Configuration configuration = validate(Map.of("subdomain", "acme", "username", "key"),
        TestElements.richElement());

    assertThat(configuration.masked(TestElements.richElement())).containsEntry("subdomain", "acme")
        .containsEntry("username", Configuration.MASK);
  }

  @Test
  void violation_lists_are_bounded() {
    Map<String, Object> unknown = new LinkedHashMap<>();
    for (int i = 0; i < 120; i++) {
      unknown.put("unknown" + i, "v");
    }
    validate(unknown, TestElements.mixpanel());
    List<Violation> reported = violations.asList();
    assertThat(reported).hasSize(Violations.MAX_REPORTED + 1);
    assertThat(reported.get(reported.size() - 1)).isEqualTo(
        new Violation("request", "has 71 more problems that are not listed"));
    assertThatThrownBy(violations::throwIfAny).isInstanceOf(ValidationException.class);
  }
}
