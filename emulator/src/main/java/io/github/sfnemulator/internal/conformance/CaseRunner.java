package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.server.HistoryEventJson;
import io.github.sfnemulator.validation.DefinitionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one conformance case in a fresh emulator, serving Task states from the case's recorded
 * calls, and compares the outcome with what AWS recorded.
 */
public final class CaseRunner {
  private CaseRunner() {}

  /** How much of the recording a run is compared with. */
  public enum Comparison {
    /** Outcome, states entered, event types, every event's id, link and details, Task requests. */
    FULL_HISTORY,
    /** Outcome, states entered and the sequence of event types only. */
    TYPES_ONLY,
    /**
     * The whole history first, so that the first difference names an event, then the Task requests
     * and the outcome: how a replayed production execution is compared.
     */
    HISTORY_FIRST
  }

  /** A run's first difference (null when it matches) and the execution, null if none started. */
  public record Run(String difference, Execution execution) {}

  /** The first difference from the whole recording, or null when the run matches it. */
  public static String firstDifference(ConformanceCase c) {
    return firstDifference(c, Comparison.FULL_HISTORY);
  }

  /** The first difference from the recording at the given depth, or null when it matches. */
  public static String firstDifference(ConformanceCase c, Comparison comparison) {
    return run(c, comparison, RunSetup.CORPUS).difference();
  }

  /** Runs the case as {@code setup} says and compares it with the recording at the given depth. */
  public static Run run(ConformanceCase c, Comparison comparison, RunSetup setup) {
    JsonMatcher matcher = new JsonMatcher(c.maskedValues());
    RecordedCalls calls = new RecordedCalls(c.mocks(), matcher);
    Execution[] ran = new Execution[1];
    String difference =
        run(
            c,
            setup,
            calls,
            execution -> {
              ran[0] = execution;
              return switch (comparison) {
                case TYPES_ONLY -> compare(c, execution, matcher);
                case FULL_HISTORY ->
                    firstNonNull(
                        calls::divergence,
                        () -> compare(c, execution, matcher),
                        () -> history(c, execution, matcher));
                case HISTORY_FIRST ->
                    firstNonNull(
                        () -> history(c, execution, matcher),
                        calls::divergence,
                        () -> compare(c, execution, matcher));
              };
            });
    return new Run(difference, ran[0]);
  }

  private static String history(ConformanceCase c, Execution execution, JsonMatcher matcher) {
    if (!c.expected().has("history")) {
      return null;
    }
    boolean multiset = "multiset".equals(c.expected().path("order").asText());
    return new HistoryComparison(matcher)
        .firstDifference(c.expected().get("history"), execution.history(), multiset);
  }

  @SafeVarargs
  private static String firstNonNull(java.util.function.Supplier<String>... differences) {
    for (java.util.function.Supplier<String> d : differences) {
      String found = d.get();
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The case's history as the emulator writes it, one event a line in the wire's JSON, for a person
   * comparing it with the recording; one line saying why when there is none.
   */
  public static List<String> historyLines(ConformanceCase c) {
    List<String> lines = new ArrayList<>();
    String failure =
        run(
            c,
            RunSetup.CORPUS,
            new RecordedCalls(c.mocks(), new JsonMatcher(c.maskedValues())),
            execution -> {
              execution
                  .history()
                  .forEach(e -> lines.add(Json.write(HistoryEventJson.event(e, true))));
              return null;
            });
    return failure == null ? lines : List.of("(no history: " + failure + ")");
  }

  /**
   * Runs the case in a fresh emulator whose Tasks {@code calls} answers, and reads the ended
   * execution with {@code read}; what went wrong before there was one is returned instead.
   */
  private static String run(
      ConformanceCase c, RunSetup setup, RecordedCalls calls, Function<Execution, String> read) {
    EmulatorOptions options = setup.options().toBuilder().taskResponder(calls).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine;
      try {
        String definition =
            setup.definitionText() != null ? setup.definitionText() : Json.write(c.definition());
        machine = emulator.createStateMachine(setup.machineName(), definition, setup.roleArn());
      } catch (DefinitionException e) {
        return "definition rejected: " + e.getMessage();
      }
      Execution execution;
      String input = setup.inputText() != null ? setup.inputText() : inputText(c);
      try {
        execution =
            emulator
                .startExecution(machine.arn(), setup.executionName(), input)
                .await(Duration.ofSeconds(10));
      } catch (IllegalStateException e) {
        return e.getMessage();
      }
      return read.apply(execution);
    } catch (RuntimeException e) {
      return "crashed: " + e;
    }
  }

  /**
   * The input as the recorded client sent it: AWS repeats that text, and the recorder kept it as
   * text unless it starts with '{'. Otherwise the value, written compactly.
   */
  static String inputText(ConformanceCase c) {
    JsonNode recorded =
        c.expected().path("history").path(0).path("executionStartedEventDetails").path("input");
    if (recorded.isTextual()) {
      try {
        if (Json.parse(recorded.textValue()).equals(c.input())) {
          return recorded.textValue();
        }
      } catch (RuntimeException notTheInput) {
        // a placeholder or a masked value: send the value
      }
    }
    return Json.write(c.input());
  }

  private static String compare(ConformanceCase c, Execution execution, JsonMatcher matcher) {
    JsonNode expected = c.expected();
    String status = expected.path("status").asText();
    if (!status.equals(execution.status().name())) {
      return "status: expected " + status + " but was " + execution.status() + describe(execution);
    }
    if (expected.has("output")) {
      String d = matcher.difference(expected.get("output"), execution.outputJson(), "");
      if (d != null) {
        return "output " + d;
      }
    }
    if (expected.has("error") && !expected.get("error").isNull()) {
      if (execution.error() == null
          || !matcher.text(expected.get("error").asText(), execution.error())) {
        return "error: expected " + expected.get("error") + " but was " + execution.error();
      }
    }
    if (expected.has("cause") && !expected.get("cause").isNull()) {
      String d = cause(expected.get("cause"), execution.cause(), matcher);
      if (d != null) {
        return d;
      }
    }
    boolean multiset = "multiset".equals(expected.path("order").asText());
    // the recorded types and states were read from the recorder's transformed history
    List<ObjectNode> events = new ArrayList<>();
    execution.history().forEach(e -> events.add(HistoryEventJson.event(e, false)));
    List<ObjectNode> history =
        multiset
            ? ParallelEventsTransform.apply(events).stream()
                .map(ParallelEventsTransform.Slot::event)
                .toList()
            : events;
    if (expected.has("states")) {
      List<String> actual = new ArrayList<>();
      history.stream()
          .filter(e -> e.path("type").asText().endsWith("StateEntered"))
          .forEach(e -> actual.add(e.path("stateEnteredEventDetails").path("name").asText()));
      String d = sequence("states", expected.get("states"), actual, multiset);
      if (d != null) {
        return d;
      }
    }
    if (expected.has("events")) {
      List<String> actual = new ArrayList<>();
      history.forEach(e -> actual.add(e.path("type").asText()));
      return sequence("events", expected.get("events"), actual, multiset);
    }
    return null;
  }

  private static String cause(JsonNode expected, String actual, JsonMatcher matcher) {
    if (actual == null) {
      return "cause: expected " + expected + " but was null";
    }
    if (expected.isTextual()) {
      return matcher.text(expected.textValue(), actual)
          ? null
          : "cause: expected " + expected + " but was " + Json.write(Json.NODES.textNode(actual));
    }
    try {
      String d = matcher.difference(expected, Json.parse(actual), "");
      return d == null ? null : "cause " + d;
    } catch (RuntimeException e) {
      return "cause: expected JSON " + expected + " but was " + actual;
    }
  }

  private static String sequence(
      String what, JsonNode expected, List<String> actual, boolean multiset) {
    List<String> exp = new ArrayList<>();
    expected.forEach(n -> exp.add(n.asText()));
    List<String> act = new ArrayList<>(actual);
    if (multiset) {
      java.util.Collections.sort(exp);
      java.util.Collections.sort(act);
    }
    for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
      String e = i < exp.size() ? exp.get(i) : "(end)";
      String a = i < act.size() ? act.get(i) : "(end)";
      if (!e.equals(a)) {
        return what + "[" + i + "]: expected " + e + " but was " + a + " in " + act;
      }
    }
    return null;
  }

  private static String describe(Execution e) {
    return e.error() == null ? "" : " (" + e.error() + ": " + e.cause() + ")";
  }
}
