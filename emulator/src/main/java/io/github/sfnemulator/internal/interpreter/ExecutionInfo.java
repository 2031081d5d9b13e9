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
    Instant startTime) {}
