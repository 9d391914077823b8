package io.plugboard.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plugboard.domain.Configuration;
import io.plugboard.domain.Instance;
import io.plugboard.domain.InstanceName;
import io.plugboard.domain.Owner;
import io.plugboard.domain.Tags;
import io.plugboard.testkit.Elements;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstanceJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TOKEN = "ABC/Dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

  private final Instance seedInstance = new Instance(12345, new InstanceName("API Instance"),
      new Tags(List.of("Docs")), Elements.mixpanel(), new Configuration(Map.of("username", "xxxxxxxxxxxxxxxxxxxxxx")),
      true, false, new Owner(7, 12345), Instant.parse("2017-08-07T18:46:38Z"));

  private static JsonNode seed() throws IOException {
    try (InputStream in = InstanceJsonTest.class.getResourceAsStream("/seed-instance-response.json")) {
      return MAPPER.readTree(in);
    }
  }

  private JsonNode written(String token) throws IOException {
    return MAPPER.readTree(JsonOutput.compact(json -> InstanceJson.write(json, seedInstance, token)));
  }

  @Test
  void has_every_field_of_the_seed_response_with_the_same_json_type_and_order() throws IOException {
    JsonNode seed = seed();
    JsonNode ours = written(TOKEN);

    List<String> seedFields = fieldNames(seed);
    List<String> ourFields = fieldNames(ours);
    ourFields.remove("createdDate");
    assertThat(ourFields).containsExactlyElementsOf(seedFields);
    for (String field : seedFields) {
      assertThat(ours.get(field).getNodeType()).as(field).isEqualTo(seed.get(field).getNodeType());
    }
  }

  @Test
  void reproduces_the_seed_response_value_for_value() throws IOException {
    JsonNode expected = seed().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("configuration"))
        .put("username", "********");
    JsonNode ours = written(TOKEN).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) ours).remove("createdDate");

    assertThat(ours).isEqualTo(expected);
  }

  @Test
  void created_date_carries_the_same_utc_second_as_created_at() throws IOException {
    JsonNode ours = written(null);
    assertThat(ours.get("createdAt").asText()).isEqualTo("2017-08-07T18:46:38Z");
    assertThat(ours.get("createdDate").asText()).isEqualTo("2017-08-07T18:46:38Z");
  }

  @Test
  void secrets_are_masked_and_reads_have_no_token() throws IOException {
    JsonNode read = written(null);

    assertThat(read.has("token")).isFalse();
    assertThat(read.get("configuration").get("username").asText()).isEqualTo("********");
    assertThat(read.toString()).doesNotContain("xxxxxxxxxxxxxxxxxxxxxx");
  }

  @Test
  void visible_configuration_is_echoed_as_strings() throws IOException {
    Instance freshdesk = new Instance(1, new InstanceName("Desk"), Tags.none(), Elements.freshdesk(),
        new Configuration(Map.of("subdomain", "acme", "username", "k", "region", "eu")), true, false,
        new Owner(1, 1), Instant.EPOCH);
    JsonNode json = MAPPER.readTree(JsonOutput.compact(g -> InstanceJson.write(g, freshdesk, null)));

    assertThat(json.get("configuration").get("subdomain").asText()).isEqualTo("acme");
    assertThat(json.get("configuration").get("region").asText()).isEqualTo("eu");
    assertThat(json.get("configuration").get("username").asText()).isEqualTo("********");
  }

  @Test
  void pretty_output_is_indented_and_ends_with_a_newline() {
    String pretty = new String(JsonOutput.pretty(g -> InstanceJson.write(g, seedInstance, null)));
    assertThat(pretty).startsWith("{\n  \"id\" : 12345,").endsWith("}\n");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
