package io.plugboard.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.application.service.UseCaseFactory;
import io.plugboard.testkit.InMemoryAccountStore;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InMemoryInstanceStore;
import io.plugboard.testkit.TestSecrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;
  private UseCases useCases;
  private Credentials acme;
  private Credentials globex;
  private final List<Path> opened = new ArrayList<>();
  private StoreOpener opener;
  private final Map<String, String> environment = new HashMap<>();

  record Run(int exitCode, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("stdout is not JSON: " + out, e);
      }
    }
  }

  @BeforeEach
  void setUp() {
    TestSecrets secrets = new TestSecrets();
    useCases = UseCaseFactory.create(InMemoryElementCatalog.standard(), new InMemoryInstanceStore(),
        new InMemoryAccountStore(), secrets, secrets, Clock.systemUTC());
    acme = useCases.createAccount().createAccount(new CreateAccountCommand("Acme", "a@acme.test")).credentials();
    globex = useCases.createAccount().createAccount(new CreateAccountCommand("Globex", "g@x.test")).credentials();
    opener = dataDirectory -> {
      opened.add(dataDirectory);
      return useCases;
    };
    signInAs(acme);
  }

  private void signInAs(Credentials credentials) {
    environment.put("PLUGBOARD_USER_SECRET", credentials.userSecret());
    environment.put("PLUGBOARD_ORG_SECRET", credentials.organizationSecret());
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(args, opener, new Environment(environment, false), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private long createMixpanel(String name, String... extra) {
    List<String> args = new ArrayList<>(List.of("instances", "create", "--element", "mixpanel", "--name", name,
        "--config", "username=secret-" + name));
    args.addAll(List.of(extra));
    Run run = run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.json().get("id").asLong();
  }

  @Test
  void creates_an_instance_and_prints_the_apis_json_with_the_token_once() {
    Run run = run("instances", "create", "--element", "mixpanel", "--name", "API Instance",
        "--config", "username=xxxxxxxxxxxxxxxxxxxxxx", "--tag", "Docs");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("}\n").hasLineCount(1);
    JsonNode instance = run.json();
    assertThat(instance.get("token").asText()).hasSize(44);
    assertThat(instance.get("element").get("key").asText()).isEqualTo("mixpanel");
    assertThat(instance.get("tags").toString()).isEqualTo("[\"Docs\"]");
    assertThat(instance.get("configuration").toString()).isEqualTo("{\"username\":\"********\"}");

    Run read = run("instances", "get", instance.get("id").asText());
    assertThat(read.json().has("token")).isFalse();
  }

  @Test
  void takes_the_very_body_of_post_instances() throws IOException {
    Path body = Files.writeString(directory.resolve("body.json"), "{\"element\": {\"key\": \"mixpanel\"},"
        + " \"configuration\": {\"username\": \"s\"}, \"tags\": [\"Docs\"], \"name\": \"API Instance\"}");

    Run run = run("instances", "create", "--json", body.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("name").asText()).isEqualTo("API Instance");
  }

  @Test
  void json_alone_means_alone() throws IOException {
    Path body = Files.writeString(directory.resolve("body.json"), "{}");
    Run run = run("instances", "create", "--json", body.toString(), "--name", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--json takes the whole request").hasLineCount(1);
  }

  @Test
  void takes_configuration_from_a_file_with_flags_overriding_it() throws IOException {
    Path file = Files.writeString(directory.resolve("config.json"),
        "{\"subdomain\": \"from-file\", \"username\": \"k\"}");

    Run run = run("instances", "create", "--element", "freshdeskv2", "--name", "Desk", "--config-file",
        file.toString(), "--config", "subdomain=from-flag");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("configuration").get("subdomain").asText()).isEqualTo("from-flag");
  }

  @Test
  void a_missing_or_broken_configuration_file_is_one_clear_line() throws IOException {
    Run missing = run("instances", "create", "--element", "mixpanel", "--name", "x", "--config-file",
        directory.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("--config-file: no such file: ").hasLineCount(1);

    Path broken = Files.writeString(directory.resolve("broken.json"), "username=x");
    Run notJson = run("instances", "create", "--element", "mixpanel", "--name", "x", "--config-file",
        broken.toString());
    assertThat(notJson.exitCode()).isEqualTo(3);
    assertThat(notJson.err()).startsWith(broken + ": The file is not valid JSON").hasLineCount(1);
  }

  @Test
  void invalid_input_names_each_field_on_one_line_and_stores_nothing() {
    Run run = run("instances", "create", "--element", "mixpanel");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("Invalid request: name is required; configuration.username is required\n");
    assertThat(run.out()).isEmpty();
    assertThat(run("instances", "list").out()).isEqualTo("[]\n");
  }

  @Test
  void an_unknown_element_is_invalid_input() {
    Run run = run("instances", "create", "--element", "nope", "--name", "x");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("element.key names no element in the catalog");
  }

  @Test
  void config_without_an_equals_sign_is_a_usage_error() {
    Run run = run("instances", "create", "--element", "mixpanel", "--name", "x", "--config", "s3cr3t-value");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--config takes KEY=VALUE").doesNotContain("s3cr3t-value").hasLineCount(1);
    Run empty = run("instances", "create", "--element", "mixpanel", "--name", "x", "--config", "=s3cr3t-value");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).doesNotContain("s3cr3t-value");
  }

  @Test
  void lists_with_tags_and_as_a_table() {
    long tagged = createMixpanel("first", "--tag", "prod");
    createMixpanel("second");

    assertThat(run("instances", "list", "--tag", "prod").json()).extracting(i -> i.get("id").asLong())
        .containsExactly(tagged);
    Run table = run("instances", "list", "--output", "table");
    assertThat(table.out().lines().toList()).hasSize(3);
    assertThat(table.out()).startsWith("ID  NAME    ELEMENT   TAGS    CREATED").contains("first").contains("prod");
  }

  @Test
  void get_and_delete_scoped_to_the_organization() {
    long id = createMixpanel("mine");
    signInAs(globex);

    Run other = run("instances", "get", String.valueOf(id));
    assertThat(other.exitCode()).isEqualTo(4);
    assertThat(other.err()).isEqualTo("No element instance found with ID " + id + "\n");
    assertThat(run("instances", "delete", String.valueOf(id)).exitCode()).isEqualTo(4);

    signInAs(acme);
    assertThat(run("instances", "delete", String.valueOf(id)).exitCode()).isZero();
    assertThat(run("instances", "get", String.valueOf(id)).exitCode()).isEqualTo(4);
  }

  @Test
  void an_id_that_is_not_a_number_is_a_usage_error() {
    Run run = run("instances", "get", "abc");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'abc' is not a long").hasLineCount(1);
  }

  @Test
  void wrong_or_missing_secrets_are_not_authorized() {
    environment.put("PLUGBOARD_USER_SECRET", "wrong");
    Run wrong = run("instances", "list");
    assertThat(wrong.exitCode()).isEqualTo(5);
    assertThat(wrong.err()).isEqualTo("Invalid Organization or User secret, or invalid Element token provided.\n");

    environment.clear();
    Run missing = run("instances", "list");
    assertThat(missing.exitCode()).isEqualTo(5);
    assertThat(missing.err()).startsWith("No credentials: set PLUGBOARD_USER_SECRET and PLUGBOARD_ORG_SECRET");
  }

  @Test
  void secrets_on_the_command_line_work_with_a_warning() {
    environment.clear();
    Run run = run("instances", "list", "--user-secret", acme.userSecret(), "--org-secret", acme.organizationSecret());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("Warning: a secret given on the command line is visible to other local users");
  }

  @Test
  void elements_as_json_and_as_a_table() {
    assertThat(run("elements", "list").json()).extracting(e -> e.get("key").asText())
        .containsExactly("freshdeskv2", "mixpanel");
    assertThat(run("elements", "list", "--output", "table").out())
        .startsWith("KEY          ID     NAME       HUB       AUTHENTICATION\n");
    assertThat(run("elements", "get", "mixpanel").json().get("configuration").get(0).get("name").asText())
        .isEqualTo("API Secret");
    Run unknown = run("elements", "get", "nope");
    assertThat(unknown.exitCode()).isEqualTo(4);
    assertThat(unknown.err()).isEqualTo("No element found with key or ID 'nope'\n");
  }

  @Test
  void accounts_create_prints_the_secrets_and_the_ready_header() {
    Run run = run("accounts", "create", "--org", "Initech", "--user", "bill@initech.test");
    assertThat(run.exitCode()).isZero();
    JsonNode account = run.json();
    String user = account.get("user").get("secret").asText();
    String organization = account.get("organization").get("secret").asText();
    assertThat(account.get("authorization").asText()).isEqualTo("User " + user + ", Organization " + organization);
    signInAs(new Credentials(user, organization));
    assertThat(run("instances", "list").exitCode()).isZero();
  }

  @Test
  void help_and_version_never_open_the_store() {
    Run help = run("--help");
    Run version = run("--version");
    Run createHelp = run("instances", "create", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("5   not authorized").contains("Examples:");
    assertThat(version.out()).startsWith("plugboard ");
    assertThat(createHelp.out()).contains("--config=KEY=VALUE").contains("Examples:").contains("Exit codes:");
    assertThat(opened).isEmpty();
  }

  @Test
  void every_command_has_an_example_and_the_exit_codes_in_its_help() {
    for (String[] command : new String[][] {{"elements", "list"}, {"elements", "get"}, {"instances", "create"},
        {"instances", "list"}, {"instances", "get"}, {"instances", "delete"}, {"accounts", "create"}}) {
      Run help = run(command[0], command[1], "--help");
      assertThat(help.out()).as(String.join(" ", command)).contains("Example").contains("Exit codes:");
    }
  }

  @Test
  void the_data_directory_option_works_before_and_after_the_command() {
    run("--data-dir", "/tmp/first", "elements", "list");
    run("elements", "list", "--data-dir", "/tmp/second");
    environment.put("PLUGBOARD_DATA_DIR", "/tmp/third");
    run("elements", "list");
    assertThat(opened).containsExactly(Path.of("/tmp/first"), Path.of("/tmp/second"), Path.of("/tmp/third"));
  }

  @Test
  void an_unavailable_store_exits_6_and_an_unexpected_error_exits_1() {
    opener = dataDirectory -> {
      throw new StoreUnavailableException("plugboard-data cannot be opened: the disk is full", null);
    };
    Run unavailable = run("elements", "list");
    assertThat(unavailable.exitCode()).isEqualTo(6);
    assertThat(unavailable.err()).isEqualTo("plugboard-data cannot be opened: the disk is full\n");

    opener = dataDirectory -> {
      throw new IllegalStateException("boom");
    };
    Run unexpected = run("elements", "list");
    assertThat(unexpected.exitCode()).isEqualTo(1);
    assertThat(unexpected.err()).isEqualTo(
        "Unexpected error (IllegalStateException); run again with --verbose for details.\n");
    assertThat(run("elements", "list", "--verbose").err()).contains("at io.plugboard");
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    Run run = run("instancs", "list");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unmatched arguments");
  }
}
