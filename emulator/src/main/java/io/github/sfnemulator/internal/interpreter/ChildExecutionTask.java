package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.TaskResource;

/**
 * {@code arn:aws:states:::states:startExecution} with its three patterns: request-response returns
 * at once, {@code .sync} and {@code .sync:2} wait for the child's end, {@code .waitForTaskToken}
 * waits for a callback.
 */
final class ChildExecutionTask {
  private ChildExecutionTask() {}

  /** Starts the child; false when the state machine is not in this emulator. */
  static boolean start(TaskAttempt a) {
    JsonNode p = a.parameters;
    String machineArn = p.path("StateMachineArn").asText(null);
    JsonNode input = input(p.get("Input"));
    String name = p.hasNonNull("Name") ? p.get("Name").asText() : null;
    ExecutionRun child;
    try {
      child = a.fiber.run.children.start(a.fiber.run, machineArn, name, input);
    } catch (SfnApiException e) {
      a.fail("StepFunctions." + e.errorCode() + "Exception", e.getMessage());
      return true;
    }
    if (child == null) {
      return false;
    }
    a.fiber
        .childHolder()
        .addChild(new StartedExecution(a.fiber.state.name(), a.fiber.enteredEventId, child));
    ObjectNode started = Json.NODES.objectNode();
    started.put("ExecutionArn", child.info().executionArn());
    started.put("StartDate", StateScope.timestamp(child.info().startTime()));
    switch (a.resource.pattern()) {
      case REQUEST_RESPONSE -> a.succeed(started);
      case WAIT_FOR_TASK_TOKEN -> {
        a.recordSubmitted(started);
        a.fiber.run.engine.callbacks().await(new PendingTask(a, a.taskToken));
      }
      case SYNC, SYNC_2 -> {
        a.recordSubmitted(started);
        a.fiber.activation = child;
        child.onEnd(() -> a.fiber.resume(() -> finish(a, child)));
        a.fiber.block(false);
      }
    }
    return true;
  }

  private static void finish(TaskAttempt a, ExecutionRun child) {
    boolean json = a.resource.pattern() == TaskResource.Pattern.SYNC_2;
    ObjectNode description = describe(child, json);
    if (child.status() == ExecutionStatus.SUCCEEDED) {
      a.succeed(description);
    } else {
      a.fail(StatesErrors.TASK_FAILED, Json.write(describe(child, false)));
    }
  }

  /** The child as DescribeExecution shows it; {@code .sync:2} gives Input and Output as JSON. */
  static ObjectNode describe(ExecutionRun child, boolean json) {
    ObjectNode d = Json.NODES.objectNode();
    ExecutionInfo info = child.info();
    d.put("ExecutionArn", info.executionArn());
    if (json) {
      d.set("Input", info.input());
    } else {
      d.put("Input", Json.write(info.input()));
    }
    d.set("InputDetails", Json.NODES.objectNode().put("Included", true));
    d.put("Name", info.name());
    if (child.output() != null) {
      if (json) {
        d.set("Output", child.output());
      } else {
        d.put("Output", Json.write(child.output()));
      }
      d.set("OutputDetails", Json.NODES.objectNode().put("Included", true));
    }
    if (child.error() != null) {
      d.put("Error", child.error());
    }
    if (child.cause() != null) {
      d.put("Cause", child.cause());
    }
    d.put("StartDate", StateScope.timestamp(info.startTime()));
    d.put("StateMachineArn", info.stateMachineArn());
    d.put("Status", child.status().name());
    if (child.stopDate() != null) {
      d.put("StopDate", StateScope.timestamp(child.stopDate()));
    }
    return d;
  }

  private static JsonNode input(JsonNode raw) {
    if (raw == null || raw.isNull()) {
      return Json.NODES.objectNode();
    }
    if (raw.isTextual()) {
      try {
        return Json.parse(raw.textValue());
      } catch (RuntimeException e) {
        return raw;
      }
    }
    return raw;
  }
}
