package io.plugboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.ElementNotFoundException;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.domain.Instance;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InMemoryInstanceStore;
import io.plugboard.testkit.NewInstances;
import io.plugboard.application.port.Stages;
import io.plugboard.testkit.TestSecrets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstanceReadsAndDeletesTest {
  private static final Caller ACME = new Caller(1, 1);
  private static final Caller GLOBEX = new Caller(2, 2);
  private final InMemoryInstanceStore store = new InMemoryInstanceStore();
  private final InstanceQueriesService queries = new InstanceQueriesService(store);
  private final DeleteInstanceService deletes = new DeleteInstanceService(store);
  private final TestSecrets secrets = new TestSecrets();

  private Instance add(Caller owner, String name, String... tags) {
    return Stages.await(store.add(NewInstances.mixpanel(owner.asOwner(), name, tags), secrets.digest("t" + name)));
  }

  @Test
  void another_organizations_instance_is_not_found_exactly_like_a_missing_one() {
    Instance instance = add(ACME, "acme");

    assertThatThrownBy(() -> queries.getInstance(GLOBEX, instance.id()))
        .isInstanceOf(InstanceNotFoundException.class)
        .hasMessage("No element instance found with ID " + instance.id());
    assertThatThrownBy(() -> queries.getInstance(GLOBEX, 424242))
        .hasMessage("No element instance found with ID 424242");
    assertThatThrownBy(() -> deletes.deleteInstance(GLOBEX, instance.id()))
        .isInstanceOf(InstanceNotFoundException.class);
    assertThat(queries.getInstance(ACME, instance.id())).isEqualTo(instance);
  }

  @Test
  void lists_only_the_callers_instances_with_the_tags_asked_for() {
    Instance tagged = add(ACME, "a", "prod");
    add(ACME, "b", "dev");
    add(GLOBEX, "c", "prod");

    assertThat(queries.listInstances(ACME, new InstanceQuery(List.of("prod")))).containsExactly(tagged);
  }

  @Test
  void a_deleted_instance_is_gone() {
    Instance instance = add(ACME, "gone");
    deletes.deleteInstance(ACME, instance.id());
    assertThatThrownBy(() -> queries.getInstance(ACME, instance.id())).isInstanceOf(InstanceNotFoundException.class);
  }

  @Test
  void elements_are_found_by_key_or_numeric_id() {
    ElementCatalogService elements = new ElementCatalogService(InMemoryElementCatalog.standard());

    assertThat(elements.getElement("mixpanel").id()).isEqualTo(13973);
    assertThat(elements.getElement("13973").key()).isEqualTo("mixpanel");
    assertThat(elements.listElements()).extracting(e -> e.key()).containsExactly("freshdeskv2", "mixpanel");
    assertThatThrownBy(() -> elements.getElement("nope")).isInstanceOf(ElementNotFoundException.class)
        .hasMessage("No element found with key or ID 'nope'");
    assertThatThrownBy(() -> elements.getElement("99999999999999999999"))
        .isInstanceOf(ElementNotFoundException.class);
  }
}
