package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.Map;

/**
 * TestState: runs the one state in a machine of its own (see {@link SingleStateMachine}) on a fresh
 * emulator with a virtual clock, and reads the verdict from the history. A matching retrier with
 * attempts left makes it RETRIABLE; otherwise a matching catcher makes it CAUGHT_ERROR, as AWS
 * decides.
 */
final class TestStateOperation {
  private static final Duration RUN_LIMIT = Duration.ofSeconds(30);

  private final EmulatorOptions serverOptions;

  TestStateOperation(ApiContext context) {
    this.serverOptions = context.emulator().options();
  }

  void register(Map<String, Operation> operations) {
    operations.put("TestState", this::testState);
  }

  private JsonNode testState(ApiRequest request) {
    SingleStateMachine machine =
        SingleStateMachine.of(request.required("definition"), request.optional("stateName"));
    String level = level(request.optional("inspectionLevel"));
    String input = request.optional("input");
    JsonNode variables = jsonObject(request.optional("variables"), "variables");
    TaskResponder responder = responder(request.object("mock"));
    ApiRequest configuration = request.object("stateConfiguration");
    int retryCount =
        configuration == null
            ? 0
            : configuration.integer("retrierRetryCount", 0, Integer.MAX_VALUE, 0);

    Execution first = run(machine.definition(false, variables), input, responder);
    TestStateVerdict verdict = TestStateVerdict.of(machine.name(), first);
    if (first.status() != ExecutionStatus.SUCCEEDED && !machine.type().equals("Fail")) {
      verdict = recover(machine, variables, input, responder, retryCount, verdict);
    }
    return verdict.toResponse(level, machine.type(), machine.jsonata());
  }

  /** Retry first, then Catch, as the real run would. */
  private TestStateVerdict recover(
      SingleStateMachine machine,
      JsonNode variables,
      String input,
      TaskResponder responder,
      int retryCount,
      TestStateVerdict failed) {
    JsonNode retriers = machine.state().path("Retry");
    int retryIndex = ErrorNames.firstMatch(retriers, failed.error());
    if (retryIndex >= 0) {
      JsonNode r = retriers.get(retryIndex);
      if (retryCount < r.path("MaxAttempts").asInt(3)) {
        double seconds =
            r.path("IntervalSeconds").asInt(1)
                * Math.pow(r.path("BackoffRate").asDouble(2.0), retryCount);
        if (r.has("MaxDelaySeconds")) {
          seconds = Math.min(seconds, r.get("MaxDelaySeconds").asInt());
        }
        return failed.retriable(retryIndex, (int) Math.round(seconds));
      }
    }
    int catchIndex = ErrorNames.firstMatch(machine.state().path("Catch"), failed.error());
    if (catchIndex < 0) {
      return failed;
    }
    Execution caught = run(machine.definition(true, variables), input, responder);
    return TestStateVerdict.of(machine.name(), caught).caught(failed, catchIndex);
  }

  private Execution run(String definition, String input, TaskResponder responder) {
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .region(serverOptions.region())
            .accountId(serverOptions.accountId())
            .taskResponder(responder)
            .build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("TestState", definition);
      Execution execution = emulator.startExecution(machine.arn(), input);
      try {
        return execution.await(RUN_LIMIT);
      } catch (IllegalStateException e) {
        throw new SfnApiException(
            "ValidationException",
            "The state did not finish: it waits for a task token or an activity worker. Give a"
                + " mock result instead.");
      }
    }
  }

  private TaskResponder responder(ApiRequest mock) {
    if (mock == null) {
      return serverOptions.taskResponder();
    }
    String result = mock.optional("result");
    ApiRequest errorOutput = mock.object("errorOutput");
    if ((result == null) == (errorOutput == null)) {
      throw new SfnApiException(
          "ValidationException", "A mock has exactly one of 'result' and 'errorOutput'.");
    }
    if (result != null) {
      JsonNode parsed = parseJson(result, "mock.result");
      return call -> TaskResponse.returning(parsed);
    }
    String error = errorOutput.optional("error");
    String cause = errorOutput.optional("cause");
    return call -> TaskResponse.throwing(error, cause);
  }

  private static String level(String level) {
    if (level == null) {
      return "INFO";
    }
    if (!level.equals("INFO") && !level.equals("DEBUG") && !level.equals("TRACE")) {
      throw ApiRequest.invalid(
          "inspectionLevel", level, "Member must satisfy enum value set: [INFO, DEBUG, TRACE]");
    }
    return level;
  }

  private static JsonNode jsonObject(String text, String field) {
    if (text == null) {
      return null;
    }
    JsonNode parsed = parseJson(text, field);
    if (!parsed.isObject()) {
      throw new SfnApiException("ValidationException", "'" + field + "' must be a JSON object.");
    }
    return (ObjectNode) parsed;
  }

  private static JsonNode parseJson(String text, String field) {
    try {
      return Json.parse(text);
    } catch (RuntimeException e) {
      throw new SfnApiException("ValidationException", "'" + field + "' is not valid JSON.");
    }
  }
}
