package io.plugboard.application.port.in;

import io.plugboard.domain.Instance;
import java.util.Optional;

public interface GetInstanceUseCase {
  /** @throws InstanceNotFoundException when the caller's organization has no instance with that id */
  Instance getInstance(Caller caller, long id);

  /** The instance, when it can be read without waiting for the store; empty when {@link #getInstance} must be asked. */
  Optional<Instance> getInstanceWithoutWaiting(Caller caller, long id);
}
