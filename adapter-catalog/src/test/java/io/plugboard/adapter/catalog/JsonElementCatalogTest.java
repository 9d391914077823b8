package io.plugboard.adapter.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.domain.AuthenticationType;
import io.plugboard.domain.ConfigurationDefinition;
import io.plugboard.domain.ConfigurationType;
import io.plugboard.domain.Element;
import io.plugboard.testkit.Elements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonElementCatalogTest {
  @TempDir
  Path directory;

  private Path write(String name, String json) throws IOException {
    return Files.writeString(directory.resolve(name), json);
  }

  @Test
  void ships_mixpanel_exactly_as_the_seed_describes_it() {
    Element mixpanel = JsonElementCatalog.shipped().byKey("mixpanel").orElseThrow();

    assertThat(mixpanel).isEqualTo(Elements.mixpanel());
    ConfigurationDefinition username = mixpanel.configuration().get(0);
    assertThat(username.key()).isEqualTo("username");
    assertThat(username.name()).isEqualTo("API Secret");
    assertThat(username.type()).isEqualTo(ConfigurationType.PASSWORD);
    assertThat(username.required()).isTrue();
  }

  @Test
  void ships_the_twelve_representative_elements_with_their_real_keys() {
    JsonElementCatalog catalog = JsonElementCatalog.shipped();

    assertThat(catalog.all()).extracting(Element::key).containsExactly("bamboohr", "box", "closeio", "dropbox",
        "evernote", "freshdeskv2", "greenhouse", "hubspotcrm", "mixpanel", "quickbooks", "sfdc", "shopify",
        "zendesk");
    assertThat(catalog.byId(22).orElseThrow().key()).isEqualTo("box");
    assertThat(catalog.byKey("zendesk").orElseThrow().definition("zendesk.subdomain").orElseThrow().required())
        .isTrue();
    assertThat(catalog.byKey("evernote").orElseThrow().authentication()).isEqualTo(AuthenticationType.OAUTH1);
    assertThat(catalog.byKey("greenhouse").orElseThrow().definition("api.key").orElseThrow().secret()).isTrue();
    assertThat(catalog.byKey("box").orElseThrow().flags().transformationsEnabled()).isFalse();
    assertThat(catalog.byKey("sfdc").orElseThrow().isSecret("oauth.api.key")).isTrue();
    assertThat(catalog.byKey("bamboohr").orElseThrow().knownKeys()).contains("username", "company.name");
  }

  @Test
  void adds_and_replaces_elements_from_a_users_directory() throws IOException {
    write("acme.json", "{\"id\": 900001, \"key\": \"acme\", \"name\": \"Acme\", \"hub\": \"crm\","
        + " \"authentication\": {\"type\": \"apiKey\"},"
        + " \"configuration\": [{\"key\": \"api.key\", \"name\": \"API Key\", \"type\": \"PASSWORD\", \"required\": true}]}");
    write("mixpanel.json", "{\"id\": 13973, \"key\": \"mixpanel\", \"name\": \"Mixpanel EU\", \"hub\": \"general\","
        + " \"authentication\": {\"type\": \"basic\"}, \"configuration\": []}");

    JsonElementCatalog catalog = JsonElementCatalog.load(Optional.of(directory));

    assertThat(catalog.byKey("acme").orElseThrow().authentication()).isEqualTo(AuthenticationType.API_KEY);
    assertThat(catalog.byKey("mixpanel").orElseThrow().name()).isEqualTo("Mixpanel EU");
    assertThat(catalog.all()).hasSize(14);
  }

  @Test
  void a_malformed_descriptor_names_its_file_and_field() throws IOException {
    Path file = write("bad.json", "{\"id\": 900002, \"key\": \"bad\", \"name\": \"Bad\", \"hub\": \"crm\","
        + " \"authentication\": {\"type\": \"basic\"},"
        + " \"configuration\": [{\"key\": \"a\", \"type\": \"TEXTFIELD_32\"}, {\"key\": \"b\", \"type\": \"NUMBER\"}]}");

    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith(file + ": field 'configuration[1].type' must be one of [TEXTFIELD_32");
  }

  @Test
  void missing_required_fields_and_wrong_types_are_named() throws IOException {
    Path file = write("x.json", "{\"key\": \"x\", \"name\": \"X\", \"hub\": \"crm\", \"authentication\": {\"type\": \"basic\"}}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessage(file + ": field 'id' is required and must be a positive whole number");

    Files.writeString(file, "{\"id\": 5000, \"key\": \"x\", \"name\": \"X\", \"hub\": \"crm\","
        + " \"authentication\": {\"type\": \"saml\"}}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessage(file + ": field 'authentication.type' must be one of basic, oauth2, oauth1, custom, apiKey");

    Files.writeString(file, "{\"id\": 5000, \"key\": \"x\", \"name\": \"X\", \"hub\": \"crm\", \"beta\": \"yes\","
        + " \"authentication\": {\"type\": \"basic\"}}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessage(file + ": field 'beta' must be true or false");

    Files.writeString(file, "{\"id\": 5000, \"key\": \"x\", \"name\": \"X\", \"hub\": \"crm\", \"colour\": 1,"
        + " \"authentication\": {\"type\": \"basic\"}}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessageStartingWith(file + ": field 'colour' is not a descriptor field");
  }

  @Test
  void invalid_json_names_the_file_and_position() throws IOException {
    Path file = write("broken.json", "{\"id\": 1,,}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessageStartingWith(file + ": not valid JSON at line 1, column 10");
  }

  @Test
  void a_reused_id_is_refused() throws IOException {
    Path file = write("clash.json", "{\"id\": 22, \"key\": \"clash\", \"name\": \"Clash\", \"hub\": \"crm\","
        + " \"authentication\": {\"type\": \"basic\"}}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessage(file + ": element id 22 is already used by classpath:elements/box.json (key 'box')");
  }

  @Test
  void a_missing_directory_is_refused() {
    Path missing = directory.resolve("nope");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(missing)))
        .hasMessage(missing + ": the elements directory does not exist or is not a directory");
  }

  @Test
  void a_duplicate_configuration_key_is_refused() throws IOException {
    Path file = write("dup.json", "{\"id\": 5001, \"key\": \"dup\", \"name\": \"Dup\", \"hub\": \"crm\","
        + " \"authentication\": {\"type\": \"basic\"}, \"configuration\": [{\"key\": \"a\", \"type\": \"PASSWORD\"},"
        + " {\"key\": \"a\", \"type\": \"PASSWORD\"}]}");
    assertThatThrownBy(() -> JsonElementCatalog.load(Optional.of(directory)))
        .hasMessage(file + ": configuration key 'a' is defined twice");
  }
}
