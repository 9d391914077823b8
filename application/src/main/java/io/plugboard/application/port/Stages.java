package io.plugboard.application.port;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Waits for a port's stage, for callers that want the answer now: throws what it failed with, unwrapped. */
public final class Stages {
  private Stages() {}

  public static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw e;
    }
  }
}
