package io.plugboard.app;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.domain.Element;
import io.plugboard.domain.Instance;
import java.util.List;

/** One authenticated user's view of Plugboard: everything is scoped to that user's organization. */
public final class PlugboardSession {
  private final UseCases useCases;
  private final Caller caller;

  PlugboardSession(UseCases useCases, Caller caller) {
    this.useCases = useCases;
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }

  /** @throws io.plugboard.domain.ValidationException with every problem of the request, field by field */
  public CreatedInstance createInstance(CreateInstanceCommand command) {
    return useCases.createInstance().createInstance(caller, command);
  }

  /** @throws io.plugboard.application.port.in.InstanceNotFoundException when the organization has none */
  public Instance getInstance(long id) {
    return useCases.getInstance().getInstance(caller, id);
  }

  public List<Instance> listInstances(String... tags) {
    return useCases.listInstances().listInstances(caller, new InstanceQuery(List.of(tags)));
  }

  public void deleteInstance(long id) {
    useCases.deleteInstance().deleteInstance(caller, id);
  }

  public List<Element> elements() {
    return useCases.listElements().listElements();
  }
}
