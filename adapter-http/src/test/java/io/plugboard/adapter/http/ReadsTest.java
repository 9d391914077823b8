package io.plugboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadsTest {
  private HttpTestServer server;

  @BeforeEach
  void start() {
    server = new HttpTestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private long create(String name, String... tags) {
    String tagList = tags.length == 0 ? "" : ", \"tags\": [\"" + String.join("\", \"", tags) + "\"]";
    HttpResponse<String> response = server.post("/instances", server.acme, "{\"element\": {\"key\": \"freshdeskv2\"},"
        + " \"name\": \"" + name + "\", \"configuration\": {\"subdomain\": \"acme\", \"username\": \"key-" + name
        + "\"}" + tagList + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return HttpTestServer.json(response).get("id").asLong();
  }

  @Test
  void lists_the_callers_instances_without_tokens_or_secrets() {
    long first = create("first", "prod");
    long second = create("second");

    HttpResponse<String> response = server.get("/instances", server.acme);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode list = HttpTestServer.json(response);
    assertThat(list).extracting(i -> i.get("id").asLong()).containsExactly(first, second);
    assertThat(list.get(0).has("token")).isFalse();
    assertThat(list.get(0).get("configuration").toString())
        .isEqualTo("{\"subdomain\":\"acme\",\"username\":\"********\",\"region\":\"us\"}");
    assertThat(list.get(1).get("tags").toString()).as("tags default to the name").isEqualTo("[\"second\"]");
    assertThat(response.body()).doesNotContain("key-first");
  }

  @Test
  void filters_by_every_tag_given() {
    long tagged = create("a", "prod", "eu");
    create("b", "prod");

    JsonNode list = HttpTestServer.json(server.get("/instances?tags[]=prod&tags[]=eu", server.acme));
    assertThat(list).extracting(i -> i.get("id").asLong()).containsExactly(tagged);
  }

  @Test
  void another_organizations_instance_is_404_exactly_like_a_missing_one() {
    long id = create("mine");

    HttpResponse<String> theirs = server.get("/instances/" + id, server.globex);
    HttpResponse<String> missing = server.get("/instances/999999", server.globex);

    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(HttpTestServer.json(theirs).get("message").asText()).isEqualTo("No element instance found with ID " + id);
    assertThat(HttpTestServer.json(missing).get("message").asText()).isEqualTo("No element instance found with ID 999999");
    assertThat(server.delete("/instances/" + id, server.globex).statusCode()).isEqualTo(404);
    assertThat(server.get("/instances", server.globex).body()).isEqualTo("[]");
    assertThat(server.get("/instances/" + id, server.acme).statusCode()).isEqualTo(200);
  }

  @Test
  void delete_answers_200_and_the_instance_is_gone() {
    long id = create("gone");

    HttpResponse<String> deleted = server.delete("/instances/" + id, server.acme);

    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(deleted.headers().firstValue("Elements-Request-Id")).isPresent();
    assertThat(server.get("/instances/" + id, server.acme).statusCode()).isEqualTo(404);
    assertThat(server.delete("/instances/" + id, server.acme).statusCode()).isEqualTo(404);
  }

  @Test
  void lists_elements_with_their_configuration() {
    JsonNode elements = HttpTestServer.json(server.get("/elements", null));

    assertThat(elements).extracting(e -> e.get("key").asText()).containsExactly("freshdeskv2", "mixpanel");
    JsonNode username = elements.get(1).get("configuration").get(0);
    assertThat(username.get("key").asText()).isEqualTo("username");
    assertThat(username.get("name").asText()).isEqualTo("API Secret");
    assertThat(username.get("type").asText()).isEqualTo("PASSWORD");
    assertThat(username.get("required").asBoolean()).isTrue();
  }

  @Test
  void lists_element_keys() {
    assertThat(server.get("/elements/keys", server.acme).body()).isEqualTo("[\"freshdeskv2\",\"mixpanel\"]");
  }

  @Test
  void finds_an_element_by_key_or_by_id() {
    assertThat(HttpTestServer.json(server.get("/elements/mixpanel", null)).get("id").asLong()).isEqualTo(13973);
    assertThat(HttpTestServer.json(server.get("/elements/13973", null)).get("key").asText()).isEqualTo("mixpanel");
  }

  @Test
  void gives_an_elements_configuration_definitions() {
    JsonNode definitions = HttpTestServer.json(server.get("/elements/freshdeskv2/configuration", null));
    assertThat(definitions).extracting(d -> d.get("key").asText()).containsExactly("subdomain", "username", "region");
    assertThat(definitions.get(2).get("options").toString())
        .isEqualTo("[{\"value\":\"us\",\"description\":\"US\"},{\"value\":\"eu\",\"description\":\"EU\"}]");
  }

  @Test
  void catalog_reads_with_wrong_credentials_are_401() {
    assertThat(server.get("/elements", new io.plugboard.application.port.in.Credentials("a", "b")).statusCode())
        .isEqualTo(401);
  }
}
