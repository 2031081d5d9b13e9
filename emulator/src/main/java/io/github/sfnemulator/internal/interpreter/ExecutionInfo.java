package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The fixed facts of one execution, as the context object and DescribeExecution show them. */
public record ExecutionInfo(
    String executionArn,
    String name,
    String stateMachineArn,
    String stateMachineName,
    String roleArn,
    JsonNode input,
    String inputText,
    Instant startTime) {

  /**
   * The input as the caller sent it: AWS repeats that text, spaces included, in ExecutionStarted
   * and the first state's entered event. Null when the execution was started from a JSON value.
   */
  public String inputText() {
    return inputText;
  }
}
