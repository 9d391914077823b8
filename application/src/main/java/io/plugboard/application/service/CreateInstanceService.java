package io.plugboard.application.service;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreateInstanceUseCase;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.application.port.out.SecretDigester;
import io.plugboard.application.port.out.SecretGenerator;
import io.plugboard.domain.Configuration;
import io.plugboard.domain.ConfigurationPolicy;
import io.plugboard.domain.Element;
import io.plugboard.domain.ElementReference;
import io.plugboard.domain.InstanceName;
import io.plugboard.domain.NewInstance;
import io.plugboard.domain.Tags;
import io.plugboard.domain.Violations;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

public final class CreateInstanceService implements CreateInstanceUseCase {
  private final ElementCatalog catalog;
  private final InstanceStore instances;
  private final SecretGenerator secrets;
  private final SecretDigester digester;
  private final Clock clock;

  public CreateInstanceService(ElementCatalog catalog, InstanceStore instances, SecretGenerator secrets,
      SecretDigester digester, Clock clock) {
    this.catalog = catalog;
    this.instances = instances;
    this.secrets = secrets;
    this.digester = digester;
    this.clock = clock;
  }

  @Override
  public CompletionStage<CreatedInstance> createInstanceAsync(Caller caller, CreateInstanceCommand command) {
    Violations violations = new Violations(command.inputViolations());
    Element element = violations.touches("element") ? null : resolve(command.element(), violations);
    InstanceName name = violations.touches("name") ? null : InstanceName.parse(command.name(), violations);
    Tags tags = violations.touches("tags") ? null : Tags.parse(command.tags(), name, violations);
    Configuration configuration = element == null || violations.touches("configuration")
        ? null : ConfigurationPolicy.validate(command.configuration(), element, violations);
    violations.throwIfAny();

    String token = secrets.newInstanceToken();
    return instances.add(new NewInstance(name, tags, element, configuration, caller.asOwner(), clock.instant()),
        digester.digest(token)).thenApply(instance -> new CreatedInstance(instance, token));
  }

  private Element resolve(ElementReference reference, Violations violations) {
    if (reference == null) {
      violations.add("element", "is required: give its key, as {\"key\": \"mixpanel\"}, or its id");
      return null;
    }
    Optional<Element> element = reference.key() != null
        ? catalog.byKey(reference.key()) : catalog.byId(reference.id());
    if (element.isEmpty()) {
      violations.add(reference.field(), "names no element in the catalog (see GET /elements/keys)");
      return null;
    }
    return element.get();
  }
}
