package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;

/**
 * W5 {@code task-retry-catch.asl.json}: CallFlaky with its Retry, CallBroken with its Catch into
 * Recovered, then Done. The two {@code lambda:invoke} calls are answered by the workload's mocks,
 * by invocation index within the run; Retry back-off is skipped, as {@code skipWaits} says.
 */
final class TaskRetryCatch implements HandWrittenWorkload {
  private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  private static final List<String> FLAKY_RETRY = List.of("FlakyError");
  private static final int FLAKY_MAX_ATTEMPTS = 3;
  private static final List<String> BROKEN_CATCH = List.of(StatesErrors.ALL);

  private final TaskResponder mocks;

  TaskRetryCatch(TaskResponder mocks) {
    this.mocks = mocks;
  }

  @Override
  public JsonNode run(String input) {
    JsonNode in = Json.parse(input);
    JsonNode afterFlaky = callFlaky(in);
    JsonNode afterBroken;
    try {
      afterBroken = callBroken(afterFlaky);
    } catch (StatesFailure failure) {
      if (!Asl.handles(BROKEN_CATCH, failure)) {
        throw failure;
      }
      // Catch: ResultPath $.error on the state's input, then Next Recovered.
      ObjectNode error = Json.object(2);
      error.put("Error", failure.error());
      error.put("Cause", failure.errorCause());
      afterBroken = recovered(Asl.withResult(afterFlaky, "error", error));
    }
    return afterBroken; // Done: Succeed
  }

  /**
   * CallFlaky: Parameters {FunctionName: flaky, Payload.$: $}, Retry FlakyError up to 3 times,
   * ResultSelector {ok, attempt} of the Payload, ResultPath $.flaky.
   */
  private JsonNode callFlaky(JsonNode in) {
    ObjectNode parameters = Json.object(2);
    parameters.put("FunctionName", "flaky");
    parameters.set("Payload", in);
    for (int invocation = 0; ; invocation++) {
      try {
        JsonNode payload = Asl.parameter(invoke("CallFlaky", parameters, invocation), "Payload");
        ObjectNode selected = Json.object(2);
        selected.set("ok", Asl.parameter(payload, "ok"));
        selected.set("attempt", Asl.parameter(payload, "attempt"));
        return Asl.withResult(in, "flaky", selected);
      } catch (StatesFailure failure) {
        if (invocation == FLAKY_MAX_ATTEMPTS || !Asl.handles(FLAKY_RETRY, failure)) {
          throw failure;
        }
      }
    }
  }

  /** CallBroken: Parameters {FunctionName: broken, Payload.$: $}, ResultPath $.broken. */
  private JsonNode callBroken(JsonNode in) {
    ObjectNode parameters = Json.object(2);
    parameters.put("FunctionName", "broken");
    parameters.set("Payload", in);
    return Asl.withResult(in, "broken", invoke("CallBroken", parameters, 0));
  }

  /** Recovered: Parameters {orderId.$, flaky.$, recoveredFrom.$: $.error.Error}. */
  private static JsonNode recovered(JsonNode in) {
    ObjectNode out = Json.object(3);
    out.set("orderId", Asl.parameter(in, "orderId"));
    out.set("flaky", Asl.parameter(in, "flaky"));
    out.set("recoveredFrom", Asl.parameter(Asl.parameter(in, "error"), "Error"));
    return out;
  }

  private JsonNode invoke(String state, JsonNode parameters, int invocation) {
    TaskResponse response =
        mocks.respond(new TaskCall(null, state, LAMBDA_INVOKE, parameters, invocation, null));
    if (response instanceof TaskResponse.Return r) {
      return r.result();
    }
    if (response instanceof TaskResponse.Throw t) {
      throw new StatesFailure(t.error(), t.cause());
    }
    if (response instanceof TaskResponse.Timeout) {
      throw new StatesFailure(StatesErrors.TIMEOUT, "Task state '" + state + "' timed out");
    }
    throw new IllegalStateException(
        "The mock of Task state '"
            + state
            + "' answers "
            + response
            + "; a hand-written run"
            + " takes a Return, Throw or Timeout only.");
  }
}
