package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.internal.error.StatesException;

/**
 * A failure whose cause AWS reports as it is, without naming the state: a task's error, a Fail
 * state, a branch or iteration that failed.
 */
final class TaskFailure extends StatesException {
  private static final long serialVersionUID = 1L;

  TaskFailure(String error, String cause) {
    super(error, cause);
  }

  static TaskFailure of(StatesException e) {
    return e instanceof TaskFailure t ? t : new TaskFailure(e.error(), e.cause());
  }
}
