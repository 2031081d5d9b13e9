package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;

/**
 * A failure whose cause AWS reports as it is, without naming the state: a task's error, a Fail
 * state, a branch or iteration that failed.
 */
final class TaskFailure extends StatesException {
  private static final long serialVersionUID = 1L;

  private final transient HistoryEventType stateFailedEvent;

  TaskFailure(String error, String cause) {
    this(error, cause, null);
  }

  TaskFailure(String error, String cause, HistoryEventType stateFailedEvent) {
    this(error, cause, null, stateFailedEvent);
  }

  TaskFailure(String error, String cause, String location, HistoryEventType stateFailedEvent) {
    super(error, cause, location);
    this.stateFailedEvent = stateFailedEvent;
  }

  /** The event that says the state failed (MapStateFailed, ...), written once it is final. */
  HistoryEventType stateFailedEvent() {
    return stateFailedEvent;
  }

  static TaskFailure of(StatesException e) {
    return e instanceof TaskFailure t ? t : new TaskFailure(e.error(), e.cause());
  }
}
