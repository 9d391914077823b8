package io.plugboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ElementTest {
  @Test
  void password_definitions_are_secret() {
    assertThat(TestElements.mixpanel().isSecret("username")).isTrue();
    assertThat(TestElements.richElement().isSecret("subdomain")).isFalse();
  }

  @Test
  void an_unknown_key_is_treated_as_secret() {
    assertThat(TestElements.mixpanel().isSecret("never.defined")).isTrue();
  }

  @Test
  void a_key_defined_twice_is_refused() {
    ConfigurationDefinition username = ConfigurationDefinition.of("username", "A", ConfigurationType.PASSWORD, true);
    assertThatThrownBy(() -> new Element(1, "dup", "Dup", null, null, AuthenticationType.BASIC, "crm", null, null,
        List.of(username, username))).hasMessage("configuration key 'username' is defined twice");
  }

  @Test
  void element_keys_are_lower_case_identifiers() {
    assertThatThrownBy(() -> new Element(1, "Bad Key", "Bad", null, null, AuthenticationType.BASIC, "crm", null,
        null, List.of())).hasMessageContaining("element key must be lower-case");
  }

  @Test
  void a_combo_without_options_is_refused() {
    assertThatThrownBy(() -> ConfigurationDefinition.of("region", "Region", ConfigurationType.COMBO, false))
        .hasMessage("configuration 'region' of type COMBO needs options");
  }
}
