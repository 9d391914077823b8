package io.plugboard.application.port.in;

import io.plugboard.application.port.Stages;
import java.util.concurrent.CompletionStage;

public interface DeleteInstanceUseCase {
  /**
   * Deletes the instance and its token without holding the calling thread while the store makes it durable.
   *
   * @return a stage that completes once the deletion is durable; it fails with {@link InstanceNotFoundException}
   *     when the caller's organization has no instance with that id, and may complete on the store's own thread
   */
  CompletionStage<Void> deleteInstanceAsync(Caller caller, long id);

  /**
   * The same, returning once the deletion is durable.
   *
   * @throws InstanceNotFoundException when the caller's organization has no instance with that id
   */
  default void deleteInstance(Caller caller, long id) {
    Stages.await(deleteInstanceAsync(caller, id));
  }
}
