package io.github.sfnemulator.internal.interpreter;

import java.util.List;

/**
 * Thrown to a caller awaiting the engine under the virtual clock when nothing can ever make
 * progress: the only timer left is an execution's quota limit, and that execution waits for a task
 * token or an activity worker that nothing in the emulator will provide.
 */
public final class StalledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> waits;

  StalledException(String executionArn, List<String> waits) {
    super("Execution '" + executionArn + "' can make no progress", null, false, false);
    this.waits = List.copyOf(waits);
  }

  /** One line per wait: the state, its resource, its token, and how to answer it. */
  public List<String> waits() {
    return waits;
  }
}
