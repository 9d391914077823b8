package io.plugboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The seed document's own request, answered field by field as the seed shows. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedExampleTest {
  static final String SEED_BODY = "{\n  \"element\": {\n    \"key\": \"mixpanel\"\n  },\n  \"configuration\": {\n"
      + "    \"username\": \"xxxxxxxxxxxxxxxxxxxxxx\"\n  },\n  \"tags\": [\n    \"Docs\"\n  ],\n"
      + "  \"name\": \"API Instance\"\n}";

  private static HttpTestServer server;
  private static HttpResponse<String> response;
  private static JsonNode body;

  @BeforeAll
  static void postTheSeedRequest() {
    server = new HttpTestServer();
    response = server.post("/instances", server.acme, SEED_BODY);
    body = HttpTestServer.json(response);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answers_200_with_json_that_is_never_cached() {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Elements-Request-Id")).hasValueSatisfying(
        id -> assertThat(id).matches("[0-9a-f]{24}"));
  }

  @Test
  void carries_an_id_and_a_token_to_save() {
    assertThat(body.get("id").isIntegralNumber()).isTrue();
    assertThat(body.get("id").asLong()).isPositive();
    assertThat(body.get("token").asText()).matches("[A-Za-z0-9+/]{43}=");
  }

  @Test
  void names_tags_and_dates_are_as_the_seed_shows() {
    assertThat(body.get("name").asText()).isEqualTo("API Instance");
    assertThat(body.get("tags").toString()).isEqualTo("[\"Docs\"]");
    assertThat(body.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(body.get("createdDate").asText()).isEqualTo(body.get("createdAt").asText());
  }

  @Test
  void embeds_the_seed_element_descriptor() {
    JsonNode element = body.get("element");
    assertThat(element.get("id").asLong()).isEqualTo(13973);
    assertThat(element.get("name").asText()).isEqualTo("Mixpanel");
    assertThat(element.get("key").asText()).isEqualTo("mixpanel");
    assertThat(element.get("image").asText()).isEqualTo("https://uxcam.com/images/mixpanel-logo.png");
    assertThat(element.get("authentication").toString()).isEqualTo("{\"type\":\"basic\"}");
    assertThat(element.get("hub").asText()).isEqualTo("general");
    assertThat(element.get("protocolType").asText()).isEqualTo("http");
    assertThat(element.get("resources").isArray()).isTrue();
    assertThat(element.get("parameters").isArray()).isTrue();
    assertThat(element.get("typeOauth").asBoolean()).isFalse();
    assertThat(element.get("bulkDownloadEnabled").asBoolean()).isTrue();
    assertThat(element.get("bulkUploadEnabled").asBoolean()).isFalse();
    assertThat(element.get("private").asBoolean()).isFalse();
    assertThat(body.get("elementId").asLong()).isEqualTo(13973);
  }

  @Test
  void has_the_seed_flags_and_masks_the_api_secret() {
    assertThat(body.get("provisionInteractions").toString()).isEqualTo("[]");
    assertThat(body.get("valid").asBoolean()).isTrue();
    assertThat(body.get("disabled").asBoolean()).isFalse();
    assertThat(body.get("maxCacheSize").asInt()).isZero();
    assertThat(body.get("cacheTimeToLive").asInt()).isZero();
    assertThat(body.get("eventsEnabled").asBoolean()).isFalse();
    assertThat(body.get("traceLoggingEnabled").asBoolean()).isFalse();
    assertThat(body.get("cachingEnabled").asBoolean()).isFalse();
    assertThat(body.get("externalAuthentication").asText()).isEqualTo("none");
    assertThat(body.get("configuration").toString()).isEqualTo("{\"username\":\"********\"}");
    assertThat(body.get("user").get("id").asLong()).isPositive();
    assertThat(response.body()).doesNotContain("xxxxxxxxxxxxxxxxxxxxxx");
  }

  @Test
  void reads_of_the_new_instance_never_show_the_token() {
    HttpResponse<String> read = server.get("/instances/" + body.get("id").asLong(), server.acme);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode instance = HttpTestServer.json(read);
    assertThat(instance.has("token")).isFalse();
    assertThat(read.body()).doesNotContain(body.get("token").asText());
    assertThat(instance.get("configuration").get("username").asText()).isEqualTo("********");
  }
}
