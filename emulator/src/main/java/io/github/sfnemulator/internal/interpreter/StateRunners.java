package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.internal.model.ChoiceState;
import io.github.sfnemulator.internal.model.FailState;
import io.github.sfnemulator.internal.model.MapState;
import io.github.sfnemulator.internal.model.ParallelState;
import io.github.sfnemulator.internal.model.PassState;
import io.github.sfnemulator.internal.model.State;
import io.github.sfnemulator.internal.model.SucceedState;
import io.github.sfnemulator.internal.model.TaskState;
import io.github.sfnemulator.internal.model.WaitState;

/** Dispatches a fiber's current state to the runner of its type. */
final class StateRunners {
  private StateRunners() {}

  /** Runs the state's work; called once when entered and again for each retry. */
  static void start(Fiber f) {
    State s = f.state;
    if (s instanceof PassState pass) {
      PassRunner.start(f, pass);
    } else if (s instanceof TaskState task) {
      TaskRunner.start(f, task);
    } else if (s instanceof ChoiceState choice) {
      ChoiceRunner.start(f, choice);
    } else if (s instanceof WaitState wait) {
      WaitRunner.start(f, wait);
    } else if (s instanceof SucceedState succeed) {
      SucceedRunner.start(f, succeed);
    } else if (s instanceof FailState fail) {
      FailRunner.start(f, fail);
    } else if (s instanceof ParallelState parallel) {
      ParallelRunner.start(f, parallel);
    } else {
      MapRunner.start(f, (MapState) s);
    }
  }

  /** Writes the aborted events of a state that was in progress, and aborts its children. */
  static void abort(Fiber f) {
    State s = f.state;
    if (s instanceof TaskState) {
      TaskRunner.abort(f);
    } else if (s instanceof WaitState) {
      f.record(io.github.sfnemulator.history.HistoryEventType.WaitStateAborted, null, null);
    } else if (s instanceof ParallelState) {
      ParallelRunner.abort(f);
    } else if (s instanceof MapState) {
      MapRunner.abort(f);
    }
  }
}
