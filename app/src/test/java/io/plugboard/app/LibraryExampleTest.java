package io.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NewAccount;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.domain.Instance;
import io.plugboard.domain.ValidationException;
import io.plugboard.domain.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's library example, word for word, and what a library user would check next. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LibraryExampleTest {
  @TempDir
  Path directory;

  @Test
  void the_readme_example_creates_and_reads_back_a_mixpanel_instance() {
    Path dataDirectory = directory.resolve("plugboard-data");
    String mixpanelApiSecret = "xxxxxxxxxxxxxxxxxxxxxx";
    long id;
    String token;
    // README: library example, begin
    try (Plugboard plugboard = Plugboard.open(dataDirectory)) {
      NewAccount account = plugboard.createAccount("Acme", "ops@acme.test");
      PlugboardSession acme = plugboard.session(account.credentials());

      CreatedInstance created = acme.createInstance(CreateInstanceCommand.builder()
          .element("mixpanel")
          .name("API Instance")
          .configuration("username", mixpanelApiSecret)
          .tag("Docs")
          .build());

      Instance again = acme.getInstance(created.instance().id());
      System.out.println(again.name() + " has id " + again.id() + "; save its token: " + created.token());
      // README: library example, end
      id = again.id();
      token = created.token();
      assertThat(again.element().key()).isEqualTo("mixpanel");
      assertThat(again.tags().values()).containsExactly("Docs");
      assertThat(again.configuration().get("username")).hasValue(mixpanelApiSecret);
      assertThat(token).hasSize(44);
    }
    assertThat(dataDirectory.resolve("plugboard.db")).exists();
  }

  @Test
  void data_and_accounts_survive_a_reopen() {
    Path dataDirectory = directory.resolve("data");
    Credentials credentials;
    long id;
    try (Plugboard plugboard = Plugboard.open(dataDirectory)) {
      credentials = plugboard.createAccount("Acme", "ops@acme.test").credentials();
      id = plugboard.session(credentials).createInstance(CreateInstanceCommand.builder().element("mixpanel")
          .name("kept").configuration("username", "s").build()).instance().id();
    }
    try (Plugboard plugboard = Plugboard.open(dataDirectory)) {
      assertThat(plugboard.session(credentials).getInstance(id).name().value()).isEqualTo("kept");
    }
  }

  @Test
  void the_library_validates_exactly_as_the_server_does() {
    try (Plugboard plugboard = Plugboard.temporary()) {
      PlugboardSession session = plugboard.session(plugboard.createAccount("Acme", "a@acme.test").credentials());
      assertThatThrownBy(() -> session.createInstance(CreateInstanceCommand.builder().element("mixpanel")
          .name("x").build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation("configuration.username", "is required")));
    }
  }

  @Test
  void a_master_key_given_in_code_is_required_to_reopen_and_never_written() throws Exception {
    Path dataDirectory = directory.resolve("keyed");
    String masterKey = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');
    PlugboardOptions options = PlugboardOptions.dataDirectory(dataDirectory).withMasterKey(masterKey);
    try (Plugboard plugboard = Plugboard.open(options)) {
      plugboard.createAccount("Acme", "ops@acme.test");
    }

    assertThat(dataDirectory.resolve("master.key")).doesNotExist();
    assertThatThrownBy(() -> Plugboard.open(new PlugboardOptions(dataDirectory, Optional.empty(),
        Optional.empty(), false)))
        .hasMessageContaining("holds encrypted data but no master key was given");
    try (Plugboard reopened = Plugboard.open(options)) {
      assertThat(reopened.dataDirectory()).isEqualTo(dataDirectory);
    }
  }

  @Test
  void elements_from_a_directory_of_ones_own_can_be_instantiated() throws Exception {
    Path elements = Files.createDirectories(directory.resolve("elements"));
    Files.writeString(elements.resolve("acme.json"), "{\"id\": 900001, \"key\": \"acme\","
        + " \"name\": \"Acme CRM\", \"hub\": \"crm\", \"authentication\": {\"type\": \"apiKey\"},"
        + " \"configuration\": [{\"key\": \"api.key\", \"name\": \"API Key\", \"type\": \"PASSWORD\","
        + " \"required\": true}]}");
    PlugboardOptions options = PlugboardOptions.dataDirectory(directory.resolve("data"))
        .withElementsDirectory(elements);
    try (Plugboard plugboard = Plugboard.open(options)) {
      PlugboardSession session = plugboard.session(plugboard.createAccount("Acme", "a@acme.test").credentials());
      Instance created = session.createInstance(CreateInstanceCommand.builder().element("acme").name("CRM")
          .configuration("api.key", "k").build()).instance();
      assertThat(created.element().name()).isEqualTo("Acme CRM");
    }
  }

  @Test
  void wrong_secrets_open_no_session() {
    try (Plugboard plugboard = Plugboard.temporary()) {
      assertThatThrownBy(() -> plugboard.session(new Credentials("nope", "nope")))
          .isInstanceOf(NotAuthenticatedException.class);
    }
  }

  @Test
  void a_temporary_plugboard_leaves_nothing_behind() {
    Path used;
    try (Plugboard plugboard = Plugboard.temporary()) {
      used = plugboard.dataDirectory();
      assertThat(used).exists();
    }
    assertThat(used).doesNotExist();
  }
}
