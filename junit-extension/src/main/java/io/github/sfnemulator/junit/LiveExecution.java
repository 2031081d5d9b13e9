package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.ChildExecution;
import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;

/** An emulator's execution seen through {@link ExecutionView}, read live. */
record LiveExecution(Execution execution) implements ExecutionView {
  @Override
  public String arn() {
    return execution.arn();
  }

  @Override
  public String name() {
    return execution.name();
  }

  @Override
  public ExecutionStatus status() {
    return execution.status();
  }

  @Override
  public JsonNode outputJson() {
    return execution.outputJson();
  }

  @Override
  public String error() {
    return execution.error();
  }

  @Override
  public String cause() {
    return execution.cause();
  }

  @Override
  public List<HistoryEvent> history() {
    return execution.history();
  }

  @Override
  public List<ChildExecution> childExecutions() {
    return execution.childExecutions();
  }

  @Override
  public String toString() {
    return execution.toString();
  }
}
