package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.ChildExecution;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.junit.internal.JsonValues;
import java.util.List;

/** A child execution seen through {@link ExecutionView}: its outcome read from its last event. */
record ChildExecutionView(ChildExecution child) implements ExecutionView {
  @Override
  public String arn() {
    return child.arn();
  }

  @Override
  public String name() {
    return child.name();
  }

  @Override
  public ExecutionStatus status() {
    return switch (last() == null ? "" : last().type().name()) {
      case "ExecutionSucceeded" -> ExecutionStatus.SUCCEEDED;
      case "ExecutionFailed" -> ExecutionStatus.FAILED;
      case "ExecutionTimedOut" -> ExecutionStatus.TIMED_OUT;
      case "ExecutionAborted" -> ExecutionStatus.ABORTED;
      default -> ExecutionStatus.RUNNING;
    };
  }

  @Override
  public JsonNode outputJson() {
    return status() == ExecutionStatus.SUCCEEDED && last().output() != null
        ? JsonValues.parse(last().output())
        : null;
  }

  @Override
  public String error() {
    return status() == ExecutionStatus.SUCCEEDED || last() == null ? null : last().error();
  }

  @Override
  public String cause() {
    return status() == ExecutionStatus.SUCCEEDED || last() == null ? null : last().cause();
  }

  @Override
  public List<HistoryEvent> history() {
    return child.history();
  }

  @Override
  public List<ChildExecution> childExecutions() {
    return child.childExecutions();
  }

  private HistoryEvent last() {
    List<HistoryEvent> h = child.history();
    return h.isEmpty() ? null : h.get(h.size() - 1);
  }

  @Override
  public String toString() {
    return "child execution '" + child.name() + "' of state '" + child.stateName() + "'";
  }
}
