package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.Catch;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.maven.scenario.ExpectedCatch;
import io.github.sfnemulator.mock.TaskCall;
import java.util.List;
import java.util.Map;

/**
 * One factory per broken expectation, each in AssertJ's shape: what was expected, what was found,
 * and the path taken so the reader sees where the execution went.
 */
final class FailureMessages {
  private FailureMessages() {}

  static String shouldHaveStatus(ExecutionStatus expected, Ended execution, ExecutionTrace trace) {
    StringBuilder b =
        new StringBuilder("Expecting execution to end ")
            .append(expected)
            .append(" but it ended ")
            .append(execution.status());
    if (execution.error() != null || execution.cause() != null) {
      b.append("\n  error: ")
          .append(execution.error())
          .append("\n  cause: ")
          .append(execution.cause());
    }
    return b.append(pathTaken(trace)).toString();
  }

  static String shouldHavePath(List<String> expected, List<String> actual) {
    StringBuilder b =
        new StringBuilder("Expecting the path (states entered) to be exactly:\n  ")
            .append(expected)
            .append("\nbut was:\n  ")
            .append(actual);
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    if (i < expected.size() && i < actual.size()) {
      b.append("\nfirst difference at index ")
          .append(i)
          .append(": expected \"")
          .append(expected.get(i))
          .append("\" but was \"")
          .append(actual.get(i))
          .append('"');
    } else if (i < expected.size()) {
      b.append("\nmissing after \"")
          .append(actual.isEmpty() ? "" : actual.get(i - 1))
          .append("\": ")
          .append(expected.subList(i, expected.size()));
    } else {
      b.append("\nunexpected after ")
          .append(expected.isEmpty() ? "the start" : "\"" + expected.get(i - 1) + "\"")
          .append(": ")
          .append(actual.subList(i, actual.size()));
    }
    return b.toString();
  }

  static String shouldHaveOutput(
      JsonNode expected, JsonNode actual, boolean subset, ExecutionTrace trace) {
    return (subset ? "Expecting the output to contain:\n  " : "Expecting the output to be:\n  ")
        + expected
        + "\nbut was:\n  "
        + actual
        + (actual == null
            ? ""
            : "\nfirst difference at " + JsonMatch.firstDifference(expected, actual, subset))
        + pathTaken(trace);
  }

  static String shouldHaveRetries(Map<String, Integer> expected, ExecutionTrace trace) {
    StringBuilder b = new StringBuilder("Expecting retries per state:\n  ").append(expected);
    b.append("\nbut were:\n  ");
    expected.keySet().forEach(s -> b.append(s).append('=').append(trace.retries(s)).append(' '));
    b.setLength(b.length() - 1);
    return b.append("\nall retries: ")
        .append(Routes.retries(trace))
        .append(pathTaken(trace))
        .toString();
  }

  static String shouldHaveCatches(
      List<ExpectedCatch> expected, List<Catch> actual, ExecutionTrace trace) {
    StringBuilder b = new StringBuilder("Expecting the catches:");
    expected.forEach(
        c ->
            b.append("\n  ")
                .append(c.state())
                .append(" caught ")
                .append(c.error() == null ? "(any error)" : c.error())
                .append(" -> ")
                .append(c.next() == null ? "(any state)" : c.next()));
    if (expected.isEmpty()) {
      b.append("\n  (none)");
    }
    b.append("\nbut were:");
    actual.forEach(c -> b.append("\n  ").append(Routes.describe(c)));
    if (actual.isEmpty()) {
      b.append("\n  (none)");
    }
    return b.append(pathTaken(trace)).toString();
  }

  static String shouldHaveCall(
      String caseName, String state, int index, int made, ExecutionTrace trace) {
    return "Case '"
        + caseName
        + "': expecting expect.calls."
        + state
        + "["
        + index
        + "] (the "
        + ordinal(index + 1)
        + " call of Task state '"
        + state
        + "') but the state was called "
        + (made == 0 ? "never" : made == 1 ? "once" : made + " times")
        + pathTaken(trace);
  }

  static String shouldHaveCallParameters(
      String caseName,
      String state,
      int index,
      JsonNode expected,
      JsonNode actual,
      boolean subset,
      String difference) {
    return "Case '"
        + caseName
        + "': expecting the "
        + ordinal(index + 1)
        + " call of Task state '"
        + state
        + "' (expect.calls."
        + state
        + "["
        + index
        + "]) to have "
        + (subset ? "parameters containing:\n  " : "the parameters:\n  ")
        + expected
        + "\nbut they were:\n  "
        + actual
        + "\nfirst difference at "
        + difference;
  }

  /**
   * The cause of a Task call that neither the case's mocks nor a mock config test case answers,
   * saying which key to add to the scenario file.
   */
  static String noMock(TaskCall call) {
    String answer =
        call.taskToken() != null
            ? "[{callback: {success: {}}}]} (the call, then its task token completed)"
            : "[{return: {}}]} (the task's result, before ResultSelector and ResultPath)";
    return "No mock answers Task state '"
        + call.stateName()
        + "' (Resource "
        + call.resource()
        + "). Add it under the case's 'mocks' in the scenario file, e.g. mocks: {"
        + call.stateName()
        + ": "
        + answer
        + ", or name a MockConfigFile.json test case that mocks it ('mockConfig' and 'testCase').";
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  static String shouldHaveText(String what, String expected, String actual, ExecutionTrace trace) {
    return "Expecting the execution's "
        + what
        + " to be:\n  "
        + quote(expected)
        + "\nbut was:\n  "
        + quote(actual)
        + pathTaken(trace);
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static String pathTaken(ExecutionTrace trace) {
    return "\npath taken: " + String.join(" -> ", trace.statesEntered());
  }
}
