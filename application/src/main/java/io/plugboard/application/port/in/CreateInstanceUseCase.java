package io.plugboard.application.port.in;

import io.plugboard.application.port.Stages;
import java.util.concurrent.CompletionStage;

/** Validates a request against its element and keeps the new instance. */
public interface CreateInstanceUseCase {
  /**
   * Validates the request, then hands the new instance to the store without holding the calling thread while the
   * store makes it durable: a server can have many creates in flight on a few threads.
   *
   * @return a stage that completes once the instance is durable, and fails with
   *     {@link io.plugboard.application.port.out.StoreUnavailableException} when the store cannot keep it; it may
   *     complete on the store's own thread, so what depends on it should be quick or move to another thread
   * @throws io.plugboard.domain.ValidationException with every problem of the request; nothing is kept
   */
  CompletionStage<CreatedInstance> createInstanceAsync(Caller caller, CreateInstanceCommand command);

  /**
   * The same, returning once the new instance is durable.
   *
   * @throws io.plugboard.domain.ValidationException with every problem of the request; nothing is kept
   * @throws io.plugboard.application.port.out.StoreUnavailableException when the store cannot keep it
   */
  default CreatedInstance createInstance(Caller caller, CreateInstanceCommand command) {
    return Stages.await(createInstanceAsync(caller, command));
  }
}
