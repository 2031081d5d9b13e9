package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;

/**
 * A child execution an execution (or a child of it) started: a Distributed Map's iteration, which
 * AWS runs as a child execution with a history of its own, or a {@code states:startExecution}
 * task's execution.
 */
public interface StartedChild {
  /** The state that started it, in its parent's history. */
  String stateName();

  /** The id, in its parent's history, of that state's entered event. */
  long stateEnteredEventId();

  /** True for a Distributed Map's iteration, false for a {@code states:startExecution} child. */
  boolean mapRun();

  String name();

  String arn();

  /** Its history so far; never waits for a step in progress. */
  List<HistoryEvent> history();

  /** The children it started in turn, in the order they started. */
  List<StartedChild> children();
}
