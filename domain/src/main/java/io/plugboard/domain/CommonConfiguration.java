package io.plugboard.domain;

import java.util.List;
import java.util.Optional;

/** The configuration keys every Open Connectors element accepts (events and response filtering). */
public final class CommonConfiguration {
  public static final String EVENTS_ENABLED = "event.notification.enabled";
  public static final String CALLBACK_URL = "event.notification.callback.url";

  static final List<ConfigurationDefinition> DEFINITIONS = List.of(
      new ConfigurationDefinition(EVENTS_ENABLED, "Events Enabled",
          "Whether event reception (webhook or polling) is enabled", ConfigurationType.BOOLEAN, false, "false",
          false, false, 100, null, null),
      new ConfigurationDefinition("event.vendor.type", "Event Type", "How events are received",
          ConfigurationType.COMBO, false, null, false, false, 101, null,
          List.of(new ConfigurationOption("webhook", "Webhook"), new ConfigurationOption("webhooks", "Webhook"),
              new ConfigurationOption("polling", "Polling"))),
      new ConfigurationDefinition("event.notification.type", "Event Notification Type",
          "How events are delivered", ConfigurationType.COMBO, false, null, false, false, 102, null,
          List.of(new ConfigurationOption("webhook", "Webhook"))),
      new ConfigurationDefinition(CALLBACK_URL, "Event Notification Callback URL",
          "The http or https URL to which events are posted", ConfigurationType.TEXTFIELD_1000, false, null, false,
          false, 103, ValueFormat.HTTP_URL, null),
      new ConfigurationDefinition("event.notification.signature.key", "Callback Notification Signature Key",
          "A key to sign event notifications with (HMAC-SHA256)", ConfigurationType.PASSWORD, false, null, true,
          false, 104, null, null),
      new ConfigurationDefinition("event.poller.refresh_interval", "Event poller refresh interval (mins)",
          "How often, in minutes, the poller checks for changes", ConfigurationType.TEXTFIELD_32, false, null,
          false, false, 105, ValueFormat.INTEGER, null),
      new ConfigurationDefinition("event.poller.configuration", "Event Poller Configuration",
          "Per-resource poller settings, as JSON", ConfigurationType.TEXTAREA, false, null, false, true, 106, null,
          null),
      new ConfigurationDefinition("filter.response.nulls", "Filter null values from the response",
          "Whether null values are removed from responses", ConfigurationType.BOOLEAN, false, "true", false, false,
          107, null, null));

  private CommonConfiguration() {}

  public static List<ConfigurationDefinition> definitions() {
    return DEFINITIONS;
  }

  static Optional<ConfigurationDefinition> definition(String key) {
    return DEFINITIONS.stream().filter(d -> d.key().equals(key)).findFirst();
  }
}
