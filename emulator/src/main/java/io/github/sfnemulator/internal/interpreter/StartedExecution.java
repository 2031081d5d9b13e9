package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;

/** A {@code states:startExecution} task's child: an execution of the same emulator. */
record StartedExecution(String stateName, long stateEnteredEventId, ExecutionRun run)
    implements StartedChild {

  @Override
  public boolean mapRun() {
    return false;
  }

  @Override
  public String name() {
    return run.info().name();
  }

  @Override
  public String arn() {
    return run.info().executionArn();
  }

  @Override
  public List<HistoryEvent> history() {
    return run.history();
  }

  @Override
  public List<StartedChild> children() {
    return run.startedChildren();
  }
}
