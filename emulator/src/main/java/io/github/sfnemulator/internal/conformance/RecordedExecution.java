package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.history.HistoryJson;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.server.HistoryEventJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An execution recorded on AWS, as the AWS CLI prints it ({@code get-execution-history}, and
 * optionally {@code describe-execution}), turned into a conformance case and the setup that repeats
 * its names: the recorded Task results become the case's mocks and the recorded history its
 * expected history, normalized as the corpus's recorder normalized its own.
 */
public record RecordedExecution(ConformanceCase asCase, RunSetup setup, int eventCount) {
  private static final Map<HistoryEventType, String> ENDS =
      Map.of(
          HistoryEventType.ExecutionSucceeded, "SUCCEEDED",
          HistoryEventType.ExecutionFailed, "FAILED",
          HistoryEventType.ExecutionTimedOut, "TIMED_OUT",
          HistoryEventType.ExecutionAborted, "ABORTED");

  /**
   * Reads a recording.
   *
   * @param definitionText the state machine's definition (ASL JSON)
   * @param historyJson {@code aws stepfunctions get-execution-history} output
   * @param describeJson {@code aws stepfunctions describe-execution} output, or null
   * @param base options whose region, account and start time the recording's replace
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static RecordedExecution read(
      String definitionText, String historyJson, String describeJson, EmulatorOptions base) {
    JsonNode definition;
    try {
      definition = Json.parse(definitionText);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The definition is not JSON: " + e.getMessage(), e);
    }
    List<HistoryEvent> history = HistoryJson.read(historyJson);
    if (history.isEmpty() || history.get(0).type() != HistoryEventType.ExecutionStarted) {
      throw new IllegalArgumentException(
          "The history does not start with an ExecutionStarted event: give the whole history, oldest"
              + " event first, as 'aws stepfunctions get-execution-history' prints it (without"
              + " --reverse-order).");
    }
    HistoryEvent last = history.get(history.size() - 1);
    String status = ENDS.get(last.type());
    if (status == null) {
      throw new IllegalArgumentException(
          "The recorded execution had not ended: its last event is #"
              + last.id()
              + " "
              + last.type()
              + ". Record the history after the execution ends.");
    }
    JsonNode describe = describeJson == null ? Json.NODES.objectNode() : describe(describeJson);
    HistoryEvent started = history.get(0);
    String inputText =
        describe.hasNonNull("input") ? describe.get("input").asText() : started.input();
    if (inputText == null) {
      throw new IllegalArgumentException(
          "Neither the history nor describe-execution holds the execution's input: record them"
              + " with execution data included (no --include-execution-data false).");
    }
    refuseJobs(history);
    RecorderNormalization normalization = new RecorderNormalization(definition);
    ArrayNode expectedHistory = Json.NODES.arrayNode();
    List<ObjectNode> events = new ArrayList<>();
    boolean parallel = false;
    for (HistoryEvent e : history) {
      events.add(normalization.event(HistoryEventJson.event(e, true)));
      parallel |= e.type() == HistoryEventType.ParallelStateStarted;
    }
    // Parallel branches interleave as they please: their events compare as the corpus's do
    if (parallel) {
      ParallelEventsTransform.apply(events).forEach(slot -> expectedHistory.add(slot.event()));
    } else {
      events.forEach(expectedHistory::add);
    }
    ObjectNode expected = Json.NODES.objectNode().put("status", status);
    expected.put("order", parallel ? "multiset" : "exact");
    ObjectNode lastDetails = (ObjectNode) events.get(events.size() - 1).path(last.detailsKey());
    if (last.type() == HistoryEventType.ExecutionSucceeded && last.output() != null) {
      // the corpus holds the output as a value, whatever its text starts with
      expected.set("output", normalization.value(Json.parse(last.output())));
    }
    if (lastDetails.has("error")) {
      expected.set("error", lastDetails.get("error"));
    }
    if (lastDetails.has("cause")) {
      expected.set("cause", lastDetails.get("cause"));
    }
    expected.set("history", expectedHistory);
    String executionArn = describe.path("executionArn").asText(null);
    ObjectNode json = Json.NODES.objectNode();
    String id = executionArn != null ? executionArn : "the recorded execution";
    json.put("id", id);
    json.set("definition", definition);
    json.set("input", Json.parse(inputText));
    json.set("expected", expected);
    json.set("mocks", RecordedTaskResults.mocks(history, normalization));
    EmulatorOptions.Builder options = base.toBuilder().startTime(started.timestamp());
    String[] arn = executionArn == null ? null : executionArn.split(":", 8);
    String machineName = "Replay";
    String executionName = null;
    if (arn != null && arn.length == 8 && arn[5].equals("execution")) {
      options.region(arn[3]).accountId(arn[4]);
      machineName = arn[6];
      executionName = arn[7];
    } else {
      regionOf(history).ifPresent(options::region);
      String[] role = started.details().path("roleArn").asText("").split(":");
      if (role.length > 4 && role[4].matches("\\d{12}")) {
        options.accountId(role[4]);
      }
    }
    RunSetup setup =
        new RunSetup(
            options.build(),
            machineName,
            started.details().path("roleArn").asText(null),
            executionName,
            definitionText,
            inputText);
    return new RecordedExecution(new ConformanceCase(id, Path.of(id), json), setup, history.size());
  }

  /**
   * A {@code .sync} Task waited for a job (its TaskSubmitted event is not a callback's): the
   * recorded calls answer a Task at once or through its task token, so such a replay could not
   * repeat the history.
   */
  private static void refuseJobs(List<HistoryEvent> history) {
    history.stream()
        .filter(e -> e.type() == HistoryEventType.TaskSubmitted)
        .filter(e -> !e.details().path("resource").asText().endsWith(".waitForTaskToken"))
        .findFirst()
        .ifPresent(
            e -> {
              throw new IllegalArgumentException(
                  "The history's event #"
                      + e.id()
                      + " TaskSubmitted (resource '"
                      + e.details().path("resourceType").asText()
                      + ":"
                      + e.details().path("resource").asText()
                      + "') is a Task that waited for a job (.sync): replaying those is not"
                      + " supported yet. Replay executions whose Tasks answer at once or through"
                      + " their task token, or test this one with mocks.");
            });
  }

  private static JsonNode describe(String describeJson) {
    JsonNode describe;
    try {
      describe = Json.parse(describeJson);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "The describe-execution JSON is not JSON: " + e.getMessage(), e);
    }
    if (!describe.isObject() || !describe.has("executionArn")) {
      throw new IllegalArgumentException(
          "The describe-execution JSON has no \"executionArn\": give the output of 'aws stepfunctions"
              + " describe-execution --execution-arn ...'.");
    }
    return describe;
  }

  /** Without describe-execution, the region a Task call went to is the execution's. */
  private static java.util.Optional<String> regionOf(List<HistoryEvent> history) {
    return history.stream()
        .filter(e -> e.type() == HistoryEventType.TaskScheduled && e.details().hasNonNull("region"))
        .map(e -> e.details().get("region").asText())
        .findFirst();
  }
}
