package io.plugboard.application.service;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.GetInstanceUseCase;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.application.port.in.ListInstancesUseCase;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.domain.Instance;
import java.util.List;
import java.util.Optional;

public final class InstanceQueriesService implements GetInstanceUseCase, ListInstancesUseCase {
  private final InstanceStore instances;

  public InstanceQueriesService(InstanceStore instances) {
    this.instances = instances;
  }

  @Override
  public Instance getInstance(Caller caller, long id) {
    return instances.find(caller.organizationId(), id).orElseThrow(() -> new InstanceNotFoundException(id));
  }

  @Override
  public Optional<Instance> getInstanceWithoutWaiting(Caller caller, long id) {
    return instances.findInMemory(caller.organizationId(), id);
  }

  @Override
  public List<Instance> listInstances(Caller caller, InstanceQuery query) {
    return instances.list(caller.organizationId(), query);
  }
}
