package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.bench.Workload;
import java.util.Comparator;

/**
 * Checks a hand-written run's output against the workload's {@code expect.output}, by JSON value as
 * {@code Expectation} checks an execution's (whose comparison is not public).
 */
public final class OutputCheck {
  /** Numbers compare by value, so {@code 5}, {@code 5.0} and a long 5 are equal, as in JSON. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private OutputCheck() {}

  /**
   * A sentence saying how {@code output} differs from the expected one, or null when it matches.
   */
  public static String mismatch(Workload workload, JsonNode output) {
    JsonNode expected = workload.expectOutput();
    if (expected == null || expected.equals(BY_VALUE, output)) {
      return null;
    }
    return workload.name()
        + ": expected output "
        + expected
        + " but the hand-written run gave "
        + output;
  }
}
