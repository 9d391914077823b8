package io.plugboard.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.domain.ElementReference;
import io.plugboard.domain.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CreateInstanceRequestReaderTest {
  private static CreateInstanceCommand read(String body) {
    return CreateInstanceRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_the_seed_body() {
    CreateInstanceCommand command = read("{\"element\":{\"key\":\"mixpanel\"},"
        + "\"configuration\":{\"username\":\"xxxxxxxxxxxxxxxxxxxxxx\"},\"tags\":[\"Docs\"],\"name\":\"API Instance\"}");

    assertThat(command.element()).isEqualTo(ElementReference.byKey("mixpanel"));
    assertThat(command.name()).isEqualTo("API Instance");
    assertThat(command.configuration()).containsEntry("username", "xxxxxxxxxxxxxxxxxxxxxx");
    assertThat(command.tags()).containsExactly("Docs");
    assertThat(command.inputViolations()).isEmpty();
  }

  @Test
  void reads_an_element_id_and_scalar_configuration_values() {
    CreateInstanceCommand command = read("{\"element\":{\"id\":13973},\"name\":\"n\","
        + "\"configuration\":{\"a\":true,\"b\":15,\"c\":1.50,\"d\":null}}");

    assertThat(command.element()).isEqualTo(ElementReference.byId(13973));
    assertThat(command.configuration()).containsEntry("a", true).containsEntry("b", BigInteger.valueOf(15))
        .containsEntry("c", new BigDecimal("1.5")).containsEntry("d", null);
  }

  @Test
  void wrong_types_become_violations_on_their_fields() {
    CreateInstanceCommand command = read("{\"element\":\"mixpanel\",\"name\":5,\"configuration\":[],"
        + "\"tags\":\"Docs\",\"providerData\":1}");

    assertThat(command.inputViolations()).containsExactly(
        new Violation("element", "must be an object with the element's key, as {\"key\": \"mixpanel\"}, or its id"),
        new Violation("name", "must be a string"),
        new Violation("configuration", "must be an object of configuration keys and values"),
        new Violation("tags", "must be an array of strings"),
        new Violation("providerData", "must be an object"));
  }

  @Test
  void wrong_element_references_are_named() {
    assertThat(read("{\"element\":{\"key\":5}}").inputViolations())
        .containsExactly(new Violation("element.key", "must be a non-empty string"));
    assertThat(read("{\"element\":{\"id\":-1}}").inputViolations())
        .containsExactly(new Violation("element.id", "must be a positive whole number"));
    assertThat(read("{\"element\":{\"id\":1.5}}").inputViolations())
        .containsExactly(new Violation("element.id", "must be a positive whole number"));
    assertThat(read("{\"element\":{\"id\":99999999999999999999999}}").inputViolations())
        .containsExactly(new Violation("element.id", "must be a positive whole number"));
    assertThat(read("{\"element\":{\"key\":\"a\",\"id\":1}}").inputViolations())
        .containsExactly(new Violation("element", "give either key or id, not both"));
    assertThat(read("{\"element\":{}}").inputViolations())
        .containsExactly(new Violation("element", "must have the element's key, as {\"key\": \"mixpanel\"}, or its id"));
    assertThat(read("{\"element\":{\"key\":\"a\",\"kee\":1}}").inputViolations())
        .containsExactly(new Violation("element.kee", "is not a field of element; give key or id"));
  }

  @Test
  void an_unknown_top_level_field_is_named() {
    assertThat(read("{\"name\":\"x\",\"nmae\":\"y\"}").inputViolations()).containsExactly(
        new Violation("nmae", "is not a field of this request; the fields are: element, name, configuration, tags, "
            + "providerData"));
  }

  @Test
  void null_everywhere_reads_as_absent() {
    CreateInstanceCommand command = read("{\"element\":null,\"name\":null,\"configuration\":null,\"tags\":null,"
        + "\"providerData\":null}");
    assertThat(command).isEqualTo(new CreateInstanceCommand(null, null, null, null, List.of()));
  }

  @Test
  void non_string_tags_are_passed_as_missing_for_the_domain_to_name() {
    assertThat(read("{\"tags\":[\"a\",1,null]}").tags()).isEqualTo(Arrays.asList("a", null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "42", "null"})
  void a_body_that_is_not_an_object_is_refused(String body) {
    assertThatThrownBy(() -> read(body)).isInstanceOf(MalformedJsonException.class)
        .hasMessage("The request body must be a JSON object, with element, name and configuration.");
  }

  @Test
  void an_empty_body_is_refused() {
    assertThatThrownBy(() -> read("")).hasMessage("The request body is empty; a JSON object is expected.");
    assertThatThrownBy(() -> read("   ")).hasMessage("The request body is empty; a JSON object is expected.");
  }

  @Test
  void malformed_json_says_where_but_not_what() {
    assertThatThrownBy(() -> read("{\"name\": \"SECRET-VALUE\" oops}"))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessage("The request body is not valid JSON (line 1, column 25): unexpected character or token.")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void duplicate_keys_are_refused() {
    assertThatThrownBy(() -> read("{\"name\":\"a\",\"name\":\"b\"}"))
        .hasMessageContaining("a field appears twice in the same object");
  }

  @Test
  void trailing_content_is_refused() {
    assertThatThrownBy(() -> read("{\"name\":\"a\"} {}"))
        .hasMessageContaining("there is more content after the JSON value");
  }

  @Test
  void nesting_deeper_than_32_is_refused() {
    String deep = "{\"configuration\":" + "[".repeat(40) + "]".repeat(40) + "}";
    assertThatThrownBy(() -> read(deep))
        .hasMessage("The request body is too large or too deep: nesting deeper than 32 levels.");
  }

  @Test
  void a_string_longer_than_64_kib_is_refused() {
    String body = "{\"name\":\"" + "a".repeat(64 * 1024 + 1) + "\"}";
    assertThatThrownBy(() -> read(body)).hasMessage(
        "The request body is too large or too deep: a string or name longer than 65536 characters.");
  }

  @Test
  void a_truncated_body_is_refused() {
    assertThatThrownBy(() -> read("{\"name\":")).hasMessageContaining("the JSON ends too early");
  }
}
