package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.history.ExecutionTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines {@code sfn:verify} prints for a scenario: each case's outcome and route.
 *
 * <pre>{@code
 * Summary.lines(result).forEach(System.out::println);
 * //   PASS happy path [SUCCEEDED] (12 ms)
 * //       path: Validate -> Charge -> Notify
 * }</pre>
 */
public final class Summary {
  private Summary() {}

  /** Every line for {@code result}, the failure details indented under their case. */
  public static List<String> lines(ScenarioResult result) {
    List<String> lines = new ArrayList<>(header(result));
    result.cases().forEach(c -> lines.addAll(caseLines(c)));
    return lines;
  }

  /** The lines of the cases that did not pass, under the scenario's header. */
  public static List<String> failureLines(ScenarioResult result) {
    List<String> lines = new ArrayList<>(header(result));
    result.cases().stream().filter(c -> !c.passed()).forEach(c -> lines.addAll(caseLines(c)));
    return lines;
  }

  /** The scenario's name, file and verdict, and why it could not run, if so. */
  public static List<String> header(ScenarioResult result) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Scenario "
            + result.name()
            + " ("
            + result.file()
            + "): "
            + (result.passed() ? "PASS" : "FAIL"));
    if (result.error() != null) {
      indent(lines, "ERROR " + result.error(), "  ");
    }
    return lines;
  }

  /** {@code PASS name [STATUS] (ms)}, the route taken, and every failure message. */
  public static List<String> caseLines(CaseResult c) {
    List<String> lines = new ArrayList<>();
    String label =
        switch (c.outcome()) {
          case PASSED -> "PASS";
          case FAILED -> "FAIL";
          case ERROR -> "ERROR";
          case SKIPPED -> "SKIP";
        };
    lines.add(
        "  "
            + label
            + " "
            + c.name()
            + (c.status() == null ? "" : " [" + c.status() + "]")
            + " ("
            + c.millis()
            + " ms)");
    if (c.trace() != null) {
      traceLines(c.trace()).forEach(l -> lines.add("      " + l));
    }
    for (String message : c.messages()) {
      indent(lines, message, "      ");
    }
    return lines;
  }

  /** {@code path: A -> B}, {@code retries: ...}, {@code catches: ...}. */
  public static List<String> traceLines(ExecutionTrace trace) {
    Map<String, Integer> retried = Routes.retries(trace);
    String retries =
        retried.isEmpty()
            ? "none"
            : retried.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
    String catches =
        trace.catches().isEmpty()
            ? "none"
            : trace.catches().stream().map(Routes::describe).collect(Collectors.joining(", "));
    return List.of(
        "path: " + String.join(" -> ", trace.statesEntered()),
        "retries: " + retries,
        "catches: " + catches);
  }

  private static void indent(List<String> lines, String text, String prefix) {
    text.lines().forEach(l -> lines.add(prefix + l));
  }
}
