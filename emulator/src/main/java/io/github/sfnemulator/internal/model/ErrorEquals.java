package io.github.sfnemulator.internal.model;

import io.github.sfnemulator.StatesErrors;

/** How an {@code ErrorEquals} list matches an error name, with AWS's two wildcards. */
public final class ErrorEquals {
  private ErrorEquals() {}

  /**
   * Whether an entry of {@code errorEquals} matches {@code error}: the exact name, {@code
   * States.Timeout} (also a missed heartbeat, {@code States.HeartbeatTimeout}), {@code States.ALL}
   * (anything but {@code States.Runtime}) or {@code States.TaskFailed} (anything but {@code
   * States.Timeout} and {@code States.Runtime}). The developer guide's error-handling page ("Error
   * names") defines each.
   */
  public static boolean matches(Iterable<String> errorEquals, String error) {
    for (String name : errorEquals) {
      if (name.equals(error)) {
        return true;
      }
      if (StatesErrors.TIMEOUT.equals(name) && StatesErrors.HEARTBEAT_TIMEOUT.equals(error)) {
        return true;
      }
      if (StatesErrors.ALL.equals(name) && !StatesErrors.RUNTIME.equals(error)) {
        return true;
      }
      if (StatesErrors.TASK_FAILED.equals(name)
          && !StatesErrors.TIMEOUT.equals(error)
          && !StatesErrors.RUNTIME.equals(error)) {
        return true;
      }
    }
    return false;
  }
}
