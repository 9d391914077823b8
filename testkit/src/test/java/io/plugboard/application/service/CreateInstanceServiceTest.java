package io.plugboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.domain.Configuration;
import io.plugboard.domain.ElementReference;
import io.plugboard.domain.ValidationException;
import io.plugboard.domain.Violation;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InMemoryInstanceStore;
import io.plugboard.testkit.TestSecrets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CreateInstanceServiceTest {
  private static final Caller CALLER = new Caller(1, 1);
  private final InMemoryInstanceStore store = new InMemoryInstanceStore();
  private final TestSecrets secrets = new TestSecrets();
  private final CreateInstanceService service = new CreateInstanceService(InMemoryElementCatalog.standard(), store,
      secrets, secrets, Clock.fixed(Instant.parse("2017-08-07T18:46:38.123Z"), ZoneOffset.UTC));

  private List<Violation> violationsOf(CreateInstanceCommand command) {
    try {
      service.createInstance(CALLER, command);
    } catch (ValidationException e) {
      assertThat(store.list(1, InstanceQuery.all())).as("nothing is stored").isEmpty();
      return e.violations();
    }
    throw new AssertionError("expected a validation failure");
  }

  @Test
  void creates_the_seed_instance() {
    CreatedInstance created = service.createInstance(CALLER, CreateInstanceCommand.builder().element("mixpanel")
        .name("API Instance").configuration("username", "xxxxxxxxxxxxxxxxxxxxxx").tag("Docs").build());

    assertThat(created.instance().id()).isPositive();
    assertThat(created.instance().name().value()).isEqualTo("API Instance");
    assertThat(created.instance().tags().values()).containsExactly("Docs");
    assertThat(created.instance().element().id()).isEqualTo(13973);
    assertThat(created.instance().configuration()).isEqualTo(
        new Configuration(Map.of("username", "xxxxxxxxxxxxxxxxxxxxxx")));
    assertThat(created.instance().valid()).isTrue();
    assertThat(created.instance().disabled()).isFalse();
    assertThat(created.instance().owner().organizationId()).isEqualTo(1);
    assertThat(created.instance().createdAt()).isEqualTo(Instant.parse("2017-08-07T18:46:38Z"));
  }

  @Test
  void the_token_is_44_base64_characters_and_only_its_digest_is_kept() {
    CreatedInstance created = service.createInstance(CALLER, CreateInstanceCommand.builder().element("mixpanel")
        .name("x").configuration("username", "s").build());

    assertThat(created.token()).hasSize(44).matches("[A-Za-z0-9+/]{43}=");
    assertThat(store.instanceIdForToken(secrets.digest(created.token()))).contains(created.instance().id());
    assertThat(created.toString()).doesNotContain(created.token());
  }

  @Test
  void every_token_is_different() {
    CreateInstanceCommand command = CreateInstanceCommand.builder().element("mixpanel").name("x")
        .configuration("username", "s").build();
    assertThat(service.createInstance(CALLER, command).token())
        .isNotEqualTo(service.createInstance(CALLER, command).token());
  }

  @Test
  void the_element_can_be_named_by_id() {
    CreatedInstance created = service.createInstance(CALLER, CreateInstanceCommand.builder().elementId(13973)
        .name("x").configuration("username", "s").build());
    assertThat(created.instance().element().key()).isEqualTo("mixpanel");
  }

  @Test
  void an_empty_request_reports_element_and_name() {
    assertThat(violationsOf(new CreateInstanceCommand(null, null, null, null, null))).containsExactly(
        new Violation("element", "is required: give its key, as {\"key\": \"mixpanel\"}, or its id"),
        new Violation("name", "is required"));
  }

  @Test
  void an_unknown_element_is_reported_on_the_field_that_named_it() {
    assertThat(violationsOf(CreateInstanceCommand.builder().element("nope").name("x").build())).containsExactly(
        new Violation("element.key", "names no element in the catalog (see GET /elements/keys)"));
    assertThat(violationsOf(CreateInstanceCommand.builder().elementId(999).name("x").build())).containsExactly(
        new Violation("element.id", "names no element in the catalog (see GET /elements/keys)"));
  }

  @Test
  void all_problems_of_a_request_are_reported_together() {
    List<Violation> violations = violationsOf(new CreateInstanceCommand(ElementReference.byKey("freshdeskv2"),
        "<b></b>", Map.of("region", "mars"), Arrays.asList("ok", null), null));

    assertThat(violations).containsExactly(
        new Violation("name", "must not be empty once HTML tags and surrounding spaces are removed"),
        new Violation("tags[1]", "must be a string"),
        new Violation("configuration.region", "must be one of: us, eu"),
        new Violation("configuration.subdomain", "is required"),
        new Violation("configuration.username", "is required"));
  }

  @Test
  void violations_found_by_the_adapter_come_first_and_their_fields_are_not_checked_again() {
    List<Violation> violations = violationsOf(new CreateInstanceCommand(ElementReference.byKey("mixpanel"), null,
        Map.of(), null, List.of(new Violation("name", "must be a string"))));

    assertThat(violations).containsExactly(new Violation("name", "must be a string"),
        new Violation("configuration.username", "is required"));
  }
}
