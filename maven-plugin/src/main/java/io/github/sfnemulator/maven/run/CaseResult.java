package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.history.ExecutionTrace;
import java.util.List;

/**
 * The outcome of one case.
 *
 * <pre>{@code
 * for (CaseResult c : runner.run(scenario, "order.sfn-test.yaml").cases()) {
 *   if (!c.passed()) {
 *     c.messages().forEach(System.out::println); // every broken expectation
 *   }
 * }
 * }</pre>
 *
 * @param name the case's name
 * @param outcome PASSED, FAILED (an expectation broke) or ERROR (the case could not run)
 * @param messages for FAILED every broken expectation, for ERROR the reason
 * @param trace the route the execution took; null when it did not run
 * @param status the execution's final status, or null when it did not run
 * @param millis how long the case took
 */
public record CaseResult(
    String name,
    Outcome outcome,
    List<String> messages,
    ExecutionTrace trace,
    String status,
    long millis) {

  /**
   * How a case ended.
   *
   * <pre>{@code
   * long failed = result.count(CaseResult.Outcome.FAILED) + result.count(CaseResult.Outcome.ERROR);
   * }</pre>
   */
  public enum Outcome {
    PASSED,
    FAILED,
    ERROR,
    /** Not run, e.g. a case with mocks against a remote target; the message says why. */
    SKIPPED
  }

  public CaseResult {
    messages = List.copyOf(messages);
  }

  static CaseResult error(String name, String reason, long millis) {
    return new CaseResult(name, Outcome.ERROR, List.of(reason), null, null, millis);
  }

  static CaseResult skipped(String name, String reason) {
    return new CaseResult(name, Outcome.SKIPPED, List.of(reason), null, null, 0);
  }

  /** Passed, or skipped: nothing broke. */
  public boolean passed() {
    return outcome == Outcome.PASSED || outcome == Outcome.SKIPPED;
  }
}
