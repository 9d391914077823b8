package io.plugboard.domain;

import java.util.List;

final class TestElements {
  private TestElements() {}

  static Element mixpanel() {
    return new Element(13973, "mixpanel", "Mixpanel", "Mixpanel analytics", "https://example.test/m.png",
        AuthenticationType.BASIC, "general", "http", ElementFlags.defaults(false),
        List.of(ConfigurationDefinition.of("username", "API Secret", ConfigurationType.PASSWORD, true)));
  }

  static Element richElement() {
    return new Element(7, "rich", "Rich", null, null, AuthenticationType.BASIC, "crm", null, null, List.of(
        ConfigurationDefinition.of("subdomain", "Subdomain", ConfigurationType.TEXTFIELD_32, true),
        ConfigurationDefinition.of("username", "API Key", ConfigurationType.PASSWORD, true),
        ConfigurationDefinition.of("sandbox", "Sandbox", ConfigurationType.BOOLEAN, false),
        ConfigurationDefinition.of("confirm", "Confirm", ConfigurationType.BOOLEAN_YESNO, false),
        new ConfigurationDefinition("region", "Region", null, ConfigurationType.COMBO, false, "us", false, false, 0,
            null, List.of(new ConfigurationOption("us", "US"), new ConfigurationOption("eu", "EU"))),
        ConfigurationDefinition.of("notes", "Notes", ConfigurationType.TEXTAREA, false)));
  }
}
