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
    // user code's throwable may throw when asked about itself: the description goes without it
    String message = orNull(shown::getMessage);
    if (message != null) {
      b.append(": ").append(message.lines().findFirst().orElse(""));
    }
    StackTraceElement[] trace = orNull(shown::getStackTrace);
    if (trace != null && trace.length > 0) {
      b.append(" (at ").append(trace[0]).append(')');
    }
    return b.toString();
  }

  private static <T> T orNull(java.util.function.Supplier<T> part) {
    try {
      return part.get();
    } catch (RuntimeException | Error e) {
      return null;
    }
  }

  /** Wraps what a responder (user code) threw, so the cause can say so. */
  static final class ResponderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ResponderException(Throwable cause) {
      super(cause);
    }
  }
}
