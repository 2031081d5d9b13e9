package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import io.github.sfnemulator.mock.TokenCallback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves Task states from a case's recorded calls, in history order per state; among the unused
 * calls, one whose recorded parameters match is preferred (concurrent Map iterations).
 */
final class RecordedCalls implements TaskResponder {
  private final Map<String, List<JsonNode>> calls = new HashMap<>();
  private final Map<String, boolean[]> used = new HashMap<>();
  private final JsonMatcher matcher;
  private String divergence;

  RecordedCalls(JsonNode mocks, JsonMatcher matcher) {
    this.matcher = matcher;
    mocks
        .fields()
        .forEachRemaining(
            e -> {
              List<JsonNode> list = new ArrayList<>();
              e.getValue().forEach(list::add);
              calls.put(e.getKey(), list);
              used.put(e.getKey(), new boolean[list.size()]);
            });
  }

  /** The first call whose request matched no unused recorded call, or null. */
  synchronized String divergence() {
    return divergence;
  }

  @Override
  public synchronized TaskResponse respond(TaskCall call) {
    List<JsonNode> recorded = calls.get(call.stateName());
    if (recorded == null) {
      throw new StatesException(
          StatesErrors.RUNTIME, "The case recorded no call of state '" + call.stateName() + "'");
    }
    boolean[] taken = used.get(call.stateName());
    int pick = -1;
    for (int i = 0; i < recorded.size(); i++) {
      if (!taken[i]) {
        JsonNode params = recorded.get(i).get("parameters");
        if (params == null || matcher.difference(params, call.parameters(), "") == null) {
          pick = i;
          break;
        }
        if (pick < 0) {
          pick = -2 - i;
        }
      }
    }
    if (pick < -1) {
      pick = -2 - pick;
      if (divergence == null) {
        divergence =
            "Task call of state '"
                + call.stateName()
                + "' matches no unused recorded call: the first unused one differs "
                + matcher.difference(recorded.get(pick).get("parameters"), call.parameters(), "");
      }
    }
    if (pick < 0) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "State '"
              + call.stateName()
              + "' made more calls than the "
              + recorded.size()
              + " recorded");
    }
    taken[pick] = true;
    JsonNode c = recorded.get(pick);
    String event = c.path("event").asText();
    if (c.has("submitted") && call.taskToken() != null) {
      return callback(c, event);
    }
    if (event.endsWith("TimedOut")) {
      return new TaskResponse.Timeout();
    }
    if (event.endsWith("Failed")) {
      JsonNode cause = c.get("cause");
      return TaskResponse.throwing(
          c.path("error").isMissingNode() || c.path("error").isNull()
              ? null
              : c.path("error").asText(),
          cause == null || cause.isNull()
              ? null
              : cause.isTextual() ? cause.textValue() : cause.toString());
    }
    return TaskResponse.returning(c.path("output"));
  }

  /**
   * A callback task's recording: the call answered with what AWS submitted, and the token answered
   * as it was, as long after the call as it was (a timeout: never, so the state's own timer ends
   * it).
   */
  private static TaskResponse callback(JsonNode c, String event) {
    TokenCallback callback;
    if (event.endsWith("TimedOut")) {
      callback = TokenCallback.heartbeatsOnly();
    } else if (event.endsWith("Failed")) {
      JsonNode cause = c.get("cause");
      callback =
          TokenCallback.failure(
              c.path("error").isMissingNode() || c.path("error").isNull()
                  ? null
                  : c.path("error").asText(),
              cause == null || cause.isNull()
                  ? null
                  : cause.isTextual() ? cause.textValue() : cause.toString());
    } else {
      callback = TokenCallback.success(c.path("output"));
    }
    return callback
        .after(Duration.ofMillis(c.path("afterMillis").asLong()))
        .withCallResult(c.path("submitted"));
  }
}
