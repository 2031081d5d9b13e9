package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.json.Json;
import java.util.List;

/**
 * What TestState answers, read from the history of the one-state run: status, output or error, the
 * next state and the inspection data the history shows.
 */
record TestStateVerdict(
    String status,
    String output,
    String error,
    String cause,
    String nextState,
    ObjectNode inspection) {

  static TestStateVerdict of(String stateName, Execution execution) {
    List<HistoryEvent> events = execution.history();
    ObjectNode inspection = Json.NODES.objectNode();
    String nextState = null;
    String output = execution.output();
    boolean inState = false;
    for (HistoryEvent e : events) {
      String type = e.type().name();
      if (e.type().isStateEntered()
          && stateName.equals(e.stateName())
          && !inspection.has("input")) {
        inState = true;
        inspection.put("input", e.input());
      } else if (e.type().isStateEntered() && inState) {
        nextState = e.stateName();
        output = e.input();
        break;
      } else if (inState && type.endsWith("Scheduled")) {
        String parameters =
            e.details().path(e.details().has("parameters") ? "parameters" : "input").asText(null);
        if (parameters != null) {
          inspection.put("afterParameters", parameters);
        }
      } else if (inState && type.endsWith("Succeeded") && !type.startsWith("Execution")) {
        inspection.put("result", e.output());
      } else if (inState && type.endsWith("StateExited") && stateName.equals(e.stateName())) {
        JsonNode assigned = e.details().get("assignedVariables");
        if (assigned != null) {
          inspection.put("variables", Json.write(variablesOf(assigned)));
        }
      }
    }
    boolean succeeded = execution.status() == ExecutionStatus.SUCCEEDED;
    return new TestStateVerdict(
        succeeded ? "SUCCEEDED" : "FAILED",
        succeeded ? output : null,
        succeeded ? null : execution.error(),
        succeeded ? null : execution.cause(),
        nextState,
        inspection);
  }

  /** The state failed, and the retrier at {@code index} would run it again. */
  TestStateVerdict retriable(int index, int backoffSeconds) {
    ObjectNode data = inspection.deepCopy();
    data.putObject("errorDetails")
        .put("retryIndex", index)
        .put("retryBackoffIntervalSeconds", backoffSeconds);
    return new TestStateVerdict("RETRIABLE", null, error, cause, null, data);
  }

  /** This run, with Catch, went to a catcher's Next: CAUGHT_ERROR with {@code failed}'s error. */
  TestStateVerdict caught(TestStateVerdict failed, int index) {
    if (nextState == null) {
      return failed;
    }
    ObjectNode data = inspection.deepCopy();
    data.putObject("errorDetails").put("catchIndex", index);
    return new TestStateVerdict(
        "CAUGHT_ERROR", output, failed.error, failed.cause, nextState, data);
  }

  ObjectNode toResponse(String level, String stateType, boolean jsonata) {
    ObjectNode out = ApiJson.object();
    ApiJson.putText(out, "output", output);
    ApiJson.putText(out, "error", error);
    ApiJson.putText(out, "cause", cause);
    ApiJson.putText(out, "nextState", nextState);
    out.put("status", status);
    if (!level.equals("INFO")) {
      ObjectNode data = inspection.deepCopy();
      JsonNode parameters = data.remove("afterParameters");
      if (parameters != null && stateType.equals("Task")) {
        data.set(jsonata ? "afterArguments" : "afterParameters", parameters);
      }
      out.set("inspectionData", data);
    } else if (inspection.has("errorDetails")) {
      out.putObject("inspectionData").set("errorDetails", inspection.get("errorDetails"));
    }
    return out;
  }

  /** assignedVariables maps each name to its value as JSON text. */
  private static ObjectNode variablesOf(JsonNode assigned) {
    ObjectNode out = Json.NODES.objectNode();
    assigned.fields().forEachRemaining(f -> out.set(f.getKey(), Json.parse(f.getValue().asText())));
    return out;
  }
}
