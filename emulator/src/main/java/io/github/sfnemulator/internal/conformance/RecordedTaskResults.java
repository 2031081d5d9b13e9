package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.json.Json;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Task results of a recorded history as a case's {@code mocks}: per Task state, each call's
 * result event (succeeded, failed, timed out) in history order, with the request it answered and,
 * for a callback task, the call's own answer (TaskSubmitted) and when the token was answered.
 * Retries' failures and the calls of Map iterations and Parallel branches are calls of their state
 * like any other.
 */
final class RecordedTaskResults {
  private static final Set<HistoryEventType> RESULTS =
      Set.of(
          HistoryEventType.TaskSucceeded,
          HistoryEventType.TaskFailed,
          HistoryEventType.TaskTimedOut,
          HistoryEventType.TaskStartFailed,
          HistoryEventType.TaskSubmitFailed,
          HistoryEventType.LambdaFunctionSucceeded,
          HistoryEventType.LambdaFunctionFailed,
          HistoryEventType.LambdaFunctionTimedOut,
          HistoryEventType.LambdaFunctionStartFailed,
          HistoryEventType.LambdaFunctionScheduleFailed);
  private static final Set<HistoryEventType> SCHEDULED =
      Set.of(HistoryEventType.TaskScheduled, HistoryEventType.LambdaFunctionScheduled);

  private RecordedTaskResults() {}

  /**
   * The mocks of {@code history}; each recorded request is normalized as the expected history is,
   * so that a call matches its own recording.
   */
  static ObjectNode mocks(List<HistoryEvent> history, RecorderNormalization normalize) {
    Map<Long, HistoryEvent> byId = new HashMap<>();
    history.forEach(e -> byId.put(e.id(), e));
    ObjectNode mocks = Json.NODES.objectNode();
    for (HistoryEvent result : history) {
      if (!RESULTS.contains(result.type())) {
        continue;
      }
      HistoryEvent scheduled = null;
      HistoryEvent submitted = null;
      HistoryEvent entered = null;
      for (HistoryEvent e = byId.get(result.previousEventId());
          e != null && entered == null;
          e = byId.get(e.previousEventId())) {
        if (scheduled == null && submitted == null && e.type() == HistoryEventType.TaskSubmitted) {
          submitted = e;
        } else if (scheduled == null && SCHEDULED.contains(e.type())) {
          scheduled = e;
        } else if (e.type() == HistoryEventType.TaskStateEntered) {
          entered = e;
        }
      }
      if (entered == null) {
        throw new IllegalArgumentException(
            "The history's event #"
                + result.id()
                + " "
                + result.type()
                + " does not lead back, through previousEventId, to a TaskStateEntered event:"
                + " give the whole history as 'aws stepfunctions get-execution-history' prints it.");
      }
      ArrayNode calls = (ArrayNode) mocks.get(entered.stateName());
      if (calls == null) {
        calls = mocks.putArray(entered.stateName());
      }
      calls.add(call(result, scheduled, submitted, normalize));
    }
    return mocks;
  }

  private static ObjectNode call(
      HistoryEvent result,
      HistoryEvent scheduled,
      HistoryEvent submitted,
      RecorderNormalization normalize) {
    ObjectNode call = Json.NODES.objectNode().put("event", result.type().name());
    JsonNode details = result.details();
    if (result.type().name().endsWith("Succeeded")) {
      call.set("output", parsed(result.output()));
    } else {
      copy(details, call, "error");
      copy(details, call, "cause");
    }
    if (submitted != null) {
      // a callback task: the call's own answer, and how long after it the token was answered
      call.set("submitted", parsed(submitted.output()));
      call.put(
          "afterMillis", Duration.between(submitted.timestamp(), result.timestamp()).toMillis());
    }
    if (scheduled != null) {
      JsonNode request =
          scheduled.details().has("parameters")
              ? scheduled.details().get("parameters")
              : scheduled.details().get("input");
      if (request != null && request.isTextual()) {
        call.set(
            "parameters",
            normalize.request(
                parsed(request.textValue()), scheduled.details().path("resource").asText()));
      }
      copy(scheduled.details(), call, "resource");
      copy(scheduled.details(), call, "resourceType");
    }
    return call;
  }

  private static JsonNode parsed(String text) {
    if (text == null) {
      return Json.NODES.nullNode();
    }
    try {
      return Json.parse(text);
    } catch (RuntimeException notJson) {
      return Json.NODES.textNode(text);
    }
  }

  private static void copy(JsonNode from, ObjectNode to, String field) {
    if (from.has(field)) {
      to.set(field, from.get(field));
    }
  }
}
