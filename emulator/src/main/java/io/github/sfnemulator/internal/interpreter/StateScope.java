package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * What expressions see while a fiber runs a state. The context object is built only when an
 * expression asks for it.
 */
final class StateScope implements EvaluationScope {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Fiber fiber;
  private final JsonNode input;
  private JsonNode result;
  private JsonNode errorOutput;
  private JsonNode mapItem;
  private String taskToken;
  private JsonNode context;

  StateScope(Fiber fiber, JsonNode input) {
    this.fiber = fiber;
    this.input = input;
  }

  StateScope withResult(JsonNode value) {
    this.result = value;
    return this;
  }

  StateScope withErrorOutput(JsonNode value) {
    this.errorOutput = value;
    return this;
  }

  /** The {@code $$.Map.Item} object while a Map state evaluates ItemSelector for one item. */
  StateScope withMapItem(JsonNode item) {
    this.mapItem = item;
    this.context = null;
    return this;
  }

  StateScope withTaskToken(String token) {
    this.taskToken = token;
    this.context = null;
    return this;
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public JsonNode result() {
    return result;
  }

  @Override
  public JsonNode errorOutput() {
    return errorOutput;
  }

  @Override
  public JsonNode variable(String name) {
    return fiber.variables.get(name);
  }

  @Override
  public RandomGenerator random() {
    return fiber.run.random();
  }

  @Override
  public Instant now() {
    return fiber.run.engine.now();
  }

  @Override
  public JsonNode context() {
    if (context == null) {
      context = buildContext();
    }
    return context;
  }

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  private JsonNode buildContext() {
    ExecutionInfo info = fiber.run.info;
    ObjectNode root = Json.NODES.objectNode();
    ObjectNode execution = root.putObject("Execution");
    execution.put("Id", info.executionArn());
    execution.set("Input", info.input());
    execution.put("Name", info.name());
    execution.put("RoleArn", info.roleArn());
    execution.put("StartTime", timestamp(info.startTime()));
    int redrives = fiber.run.redriveCount();
    execution.put("RedriveCount", redrives);
    if (redrives > 0) {
      // RedriveTime is there only once the execution has been redriven (developer guide, Context
      // object)
      execution.put("RedriveTime", timestamp(fiber.run.redriveDate()));
    }
    ObjectNode state = root.putObject("State");
    state.put("EnteredTime", timestamp(fiber.enteredTime));
    state.put("Name", fiber.state.name());
    if (fiber.state instanceof io.github.sfnemulator.internal.model.Recoverable) {
      state.put("RetryCount", fiber.retryCount);
    }
    ObjectNode machine = root.putObject("StateMachine");
    // an execution of a version runs that version's definition: its Id is the version's ARN
    machine.put("Id", info.versionArn() != null ? info.versionArn() : info.stateMachineArn());
    machine.put("Name", info.stateMachineName());
    if (taskToken != null) {
      root.putObject("Task").put("Token", taskToken);
    }
    if (mapItem != null) {
      root.putObject("Map").set("Item", mapItem);
    }
    return root;
  }
}
