package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.bench.Expectation;
import io.github.sfnemulator.internal.bench.Workload;

/**
 * Checks a hand-written run's output against the workload's {@code expect.output}, by JSON value as
 * {@link Expectation} checks an execution's.
 */
public final class OutputCheck {
  private OutputCheck() {}

  /**
   * A sentence saying how {@code output} differs from the expected one, or null when it matches.
   */
  public static String mismatch(Workload workload, JsonNode output) {
    JsonNode expected = workload.expectOutput();
    if (expected == null || Expectation.sameValue(expected, output)) {
      return null;
    }
    return workload.name()
        + ": expected output "
        + expected
        + " but the hand-written run gave "
        + output;
  }
}
