package io.plugboard.application.port.out;

/** A stored instance exists but its configuration cannot be decrypted: tampered with, or under a lost key. */
public final class UnreadableInstanceException extends RuntimeException {
  private final long instanceId;

  public UnreadableInstanceException(long instanceId, Throwable cause) {
    super("Instance " + instanceId + " cannot be decrypted", cause);
    this.instanceId = instanceId;
  }

  public long instanceId() {
    return instanceId;
  }
}
