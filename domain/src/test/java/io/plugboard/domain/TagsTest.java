package io.plugboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TagsTest {
  private final Violations violations = new Violations();
  private final InstanceName name = new InstanceName("API Instance");

  @Test
  void strips_html_trims_drops_empty_and_removes_duplicates_in_order() {
    Tags tags = Tags.parse(List.of(" Docs ", "<i>QA</i>", "", "  ", "Docs", "08/21/2014"), name, violations);

    assertThat(tags.values()).containsExactly("Docs", "QA", "08/21/2014");
  }

  @Test
  void absent_tags_default_to_the_instance_name() {
    assertThat(Tags.parse(null, name, violations).values()).containsExactly("API Instance");
  }

  @Test
  void an_explicit_empty_list_stays_empty() {
    assertThat(Tags.parse(List.of(), name, violations).values()).isEmpty();
  }

  @Test
  void fifty_tags_are_accepted_and_fifty_one_rejected() {
    List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "t" + i).toList();
    assertThat(Tags.parse(fifty, name, violations).values()).hasSize(50);

    List<String> fiftyOne = new ArrayList<>(fifty);
    fiftyOne.add("t50");
    assertThat(Tags.parse(fiftyOne, name, violations)).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("tags", "must have at most 50 tags, got 51"));
  }

  @Test
  void ten_thousand_tags_give_one_violation() {
    assertThat(Tags.parse(Collections.nCopies(10_000, "x"), name, violations)).isNull();
    assertThat(violations.asList()).containsExactly(new Violation("tags", "must have at most 50 tags, got 10000"));
  }

  @Test
  void each_bad_tag_is_reported_with_its_index() {
    Tags tags = Tags.parse(Arrays.asList("ok", null, "a".repeat(256), "x\ty"), name, violations);

    assertThat(tags).isNull();
    assertThat(violations.asList()).containsExactly(
        new Violation("tags[1]", "must be a string"),
        new Violation("tags[2]", "must be at most 255 characters"),
        new Violation("tags[3]", "must not contain control characters"));
  }
}
