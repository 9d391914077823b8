package io.plugboard.application.service;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.DeleteInstanceUseCase;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.out.InstanceStore;
import java.util.concurrent.CompletionStage;

public final class DeleteInstanceService implements DeleteInstanceUseCase {
  private final InstanceStore instances;

  public DeleteInstanceService(InstanceStore instances) {
    this.instances = instances;
  }

  @Override
  public CompletionStage<Void> deleteInstanceAsync(Caller caller, long id) {
    return instances.delete(caller.organizationId(), id).thenAccept(deleted -> {
      if (!deleted) {
        throw new InstanceNotFoundException(id);
      }
    });
  }
}
