package io.plugboard.application.port.in;

public interface DeleteInstanceUseCase {
  /** @throws InstanceNotFoundException when the caller's organization has no instance with that id */
  void deleteInstance(Caller caller, long id);
}
