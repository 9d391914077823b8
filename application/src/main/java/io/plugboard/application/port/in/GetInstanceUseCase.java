package io.plugboard.application.port.in;

import io.plugboard.domain.Instance;

public interface GetInstanceUseCase {
  /** @throws InstanceNotFoundException when the caller's organization has no instance with that id */
  Instance getInstance(Caller caller, long id);
}
