package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The fixed facts of one execution, as the context object and DescribeExecution show them. {@code
 * versionArn} is the version that ran when it was started through a version or alias ARN (else
 * null), {@code aliasArn} the alias it was started through (else null).
 */
public record ExecutionInfo(
    String executionArn,
    String name,
    String stateMachineArn,
    String stateMachineName,
    String roleArn,
    JsonNode input,
    String inputText,
    Instant startTime,
    String versionArn,
    String aliasArn) {

  /** An execution of the state machine's latest revision, not of a version. */
  public ExecutionInfo(
      String executionArn,
      String name,
      String stateMachineArn,
      String stateMachineName,
      String roleArn,
      JsonNode input,
      String inputText,
      Instant startTime) {
    this(
        executionArn,
        name,
        stateMachineArn,
        stateMachineName,
        roleArn,
        input,
        inputText,
        startTime,
        null,
        null);
  }

  /**
   * The input as the caller sent it: AWS repeats that text, spaces included, in ExecutionStarted
   * and the first state's entered event. Null when the execution was started from a JSON value.
   */
  public String inputText() {
    return inputText;
  }
}
