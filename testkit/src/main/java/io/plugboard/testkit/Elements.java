package io.plugboard.testkit;

import io.plugboard.domain.AuthenticationType;
import io.plugboard.domain.ConfigurationDefinition;
import io.plugboard.domain.ConfigurationOption;
import io.plugboard.domain.ConfigurationType;
import io.plugboard.domain.Element;
import io.plugboard.domain.ElementFlags;
import java.util.List;

/** Elements for tests, independent of the shipped catalog files. */
public final class Elements {
  private Elements() {}

  /** Mixpanel as the seed document describes it. */
  public static Element mixpanel() {
    return new Element(13973, "mixpanel", "Mixpanel",
        "Add an Mixpanel connector to connect to your existing mixpanel account, allowing you to create "
            + "activities, users and download activities and users",
        "https://uxcam.com/images/mixpanel-logo.png", AuthenticationType.BASIC, "general", "http",
        new ElementFlags(true, false, false, false, true, true, false, true, false, false, false, false, false),
        List.of(new ConfigurationDefinition("username", "API Secret",
            "The Mixpanel project API Secret (Project Settings)", ConfigurationType.PASSWORD, true, null, true,
            false, 1, null, null)));
  }

  /** A basic-auth element with a visible key, a secret key and a choice. */
  public static Element freshdesk() {
    return new Element(491, "freshdeskv2", "Freshdesk", "Freshdesk helpdesk", null, AuthenticationType.BASIC,
        "helpdesk", "http", null, List.of(
            ConfigurationDefinition.of("subdomain", "Subdomain", ConfigurationType.TEXTFIELD_128, true),
            ConfigurationDefinition.of("username", "API Key", ConfigurationType.PASSWORD, true),
            new ConfigurationDefinition("region", "Region", null, ConfigurationType.COMBO, false, "us", false, false,
                3, null, List.of(new ConfigurationOption("us", "US"), new ConfigurationOption("eu", "EU")))));
  }

  public static List<Element> all() {
    return List.of(freshdesk(), mixpanel());
  }
}
