package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.ChildExecution;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.junit.internal.JsonValues;
import java.util.List;

/** A child execution seen through {@link ExecutionView}. */
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
    return child.status();
  }

  @Override
  public JsonNode outputJson() {
    return child.output() == null ? null : JsonValues.parse(child.output());
  }

  @Override
  public String error() {
    return child.error();
  }

  @Override
  public String cause() {
    return child.cause();
  }

  @Override
  public List<HistoryEvent> history() {
    return child.history();
  }

  @Override
  public List<ChildExecution> childExecutions() {
    return child.childExecutions();
  }

  @Override
  public String toString() {
    return "child execution '" + child.name() + "' of state '" + child.stateName() + "'";
  }
}
