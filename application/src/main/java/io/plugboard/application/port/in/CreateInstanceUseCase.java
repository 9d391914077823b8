package io.plugboard.application.port.in;

/** Validates a request against its element and keeps the new instance. */
public interface CreateInstanceUseCase {
  /** @throws io.plugboard.domain.ValidationException with every problem of the request */
  CreatedInstance createInstance(Caller caller, CreateInstanceCommand command);
}
