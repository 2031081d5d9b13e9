package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.maven.scenario.ExpectedCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@code expect.calls}: the parameters each call of a Task state was made with, read from
 * its scheduled events in the history (so it works against a remote target too).
 */
final class CallCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<HistoryEventType> SCHEDULED =
      EnumSet.of(
          HistoryEventType.TaskScheduled,
          HistoryEventType.LambdaFunctionScheduled,
          HistoryEventType.ActivityScheduled);

  private CallCheck() {}

  static List<String> failures(
      String caseName, String state, List<ExpectedCall> expected, ExecutionTrace trace) {
    List<JsonNode> made = parameters(state, trace);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      ExpectedCall call = expected.get(i);
      if (i >= made.size()) {
        out.add(FailureMessages.shouldHaveCall(caseName, state, i, made.size(), trace));
        break;
      }
      if (call == null) {
        continue;
      }
      boolean subset = call.parameters() == null;
      JsonNode want = subset ? call.parametersContain() : call.parameters();
      String difference =
          want == null ? null : JsonMatch.firstDifference(want, made.get(i), subset);
      if (difference != null) {
        out.add(
            FailureMessages.shouldHaveCallParameters(
                caseName, state, i, want, made.get(i), subset, difference));
      }
    }
    return out;
  }

  /** The parameters of each call of {@code state}, in the order they were made. */
  private static List<JsonNode> parameters(String state, ExecutionTrace trace) {
    return trace.visits(state).stream()
        .flatMap(v -> v.events().stream())
        .filter(e -> SCHEDULED.contains(e.type()))
        .sorted(Comparator.comparingLong(HistoryEvent::id))
        .map(CallCheck::parameters)
        .toList();
  }

  private static JsonNode parameters(HistoryEvent scheduled) {
    JsonNode text =
        scheduled.type() == HistoryEventType.TaskScheduled
            ? scheduled.details().path("parameters")
            : scheduled.details().path("input");
    try {
      return JSON.readTree(text.asText("null"));
    } catch (JsonProcessingException e) {
      return text;
    }
  }
}
