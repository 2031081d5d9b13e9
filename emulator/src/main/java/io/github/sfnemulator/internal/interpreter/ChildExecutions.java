package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** Starts executions for {@code states:startExecution} tasks, in the same emulator. */
@FunctionalInterface
public interface ChildExecutions {
  /**
   * Starts an execution of {@code stateMachineArn} in {@code parent}'s lane, or returns null when
   * the emulator has no such state machine (the Task's responder then answers instead).
   *
   * @throws io.github.sfnemulator.SfnApiException as StartExecution would
   */
  ExecutionRun start(ExecutionRun parent, String stateMachineArn, String name, JsonNode input);
}
