package io.github.sfnemulator.benchmarks.handwritten;

/**
 * An ASL error raised by hand-written state code: its error name is what Retry and Catch match, as
 * in a state machine. No stack trace: Retry and Catch use it as control flow, as the emulator does.
 */
public final class StatesFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final String cause;

  StatesFailure(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.error = error;
    this.cause = cause;
  }

  /** The ASL error name, e.g. {@code States.Runtime} or a Task's own error. */
  public String error() {
    return error;
  }

  /** The error's cause text. */
  public String errorCause() {
    return cause;
  }
}
