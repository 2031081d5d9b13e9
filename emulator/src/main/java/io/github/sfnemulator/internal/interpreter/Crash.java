package io.github.sfnemulator.internal.interpreter;

/**
 * Describes, in the one line of a {@code States.Runtime} cause, a throwable that escaped while an
 * execution advanced: what it was, and where it came from.
 */
final class Crash {
  private Crash() {}

  static String describe(Throwable e) {
    Throwable shown = e instanceof ResponderException r ? r.getCause() : e;
    StringBuilder b = new StringBuilder();
    if (e instanceof ResponderException) {
      b.append("The task responder threw ");
    } else if (e instanceof StackOverflowError) {
      b.append("The state nests too deeply to evaluate: ");
    } else if (e instanceof OutOfMemoryError) {
      b.append("The state needs more memory than the JVM has: ");
    } else {
      b.append("The emulator could not go on: ");
    }
    b.append(shown.getClass().getName());
    if (shown.getMessage() != null) {
      b.append(": ").append(shown.getMessage().lines().findFirst().orElse(""));
    }
    StackTraceElement[] trace = shown.getStackTrace();
    if (trace.length > 0) {
      b.append(" (at ").append(trace[0]).append(')');
    }
    return b.toString();
  }

  /** Wraps what a responder (user code) threw, so the cause can say so. */
  static final class ResponderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ResponderException(Throwable cause) {
      super(cause);
    }
  }
}
