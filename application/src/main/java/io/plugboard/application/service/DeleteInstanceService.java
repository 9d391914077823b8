package io.plugboard.application.service;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.DeleteInstanceUseCase;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.out.InstanceStore;

public final class DeleteInstanceService implements DeleteInstanceUseCase {
  private final InstanceStore instances;

  public DeleteInstanceService(InstanceStore instances) {
    this.instances = instances;
  }

  @Override
  public void deleteInstance(Caller caller, long id) {
    if (!instances.delete(caller.organizationId(), id)) {
      throw new InstanceNotFoundException(id);
    }
  }
}
