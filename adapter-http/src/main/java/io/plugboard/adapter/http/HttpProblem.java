package io.plugboard.adapter.http;

/** A failure that already knows its status and its message for the caller. */
final class HttpProblem extends RuntimeException {
  private final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
