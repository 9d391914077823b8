package io.plugboard.testkit;

import io.plugboard.domain.Configuration;
import io.plugboard.domain.Element;
import io.plugboard.domain.InstanceName;
import io.plugboard.domain.NewInstance;
import io.plugboard.domain.Owner;
import io.plugboard.domain.Tags;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Ready-validated instances for store tests. */
public final class NewInstances {
  public static final Instant CREATED_AT = Instant.parse("2017-08-07T18:46:38Z");

  private NewInstances() {}

  public static NewInstance mixpanel(Owner owner, String name, String... tags) {
    return of(Elements.mixpanel(), owner, name, Map.of("username", "mixpanel-secret-" + name), tags);
  }

  public static NewInstance of(Element element, Owner owner, String name, Map<String, String> configuration,
      String... tags) {
    return new NewInstance(new InstanceName(name), new Tags(List.of(tags)), element,
        new Configuration(configuration), owner, CREATED_AT);
  }
}
