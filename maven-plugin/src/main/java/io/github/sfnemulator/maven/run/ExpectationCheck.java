package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.history.Catch;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.maven.scenario.Expectations;
import io.github.sfnemulator.maven.scenario.ExpectedCatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares an ended execution with a case's expectations; every broken one is reported. */
final class ExpectationCheck {
  private ExpectationCheck() {}

  static List<String> failures(
      String caseName, Expectations expect, Ended execution, ExecutionTrace trace) {
    List<String> failures = new ArrayList<>();
    if (execution.status() != expect.expectedStatus()) {
      failures.add(FailureMessages.shouldHaveStatus(expect.expectedStatus(), execution, trace));
    }
    if (expect.path() != null && !expect.path().equals(trace.statesEntered())) {
      failures.add(FailureMessages.shouldHavePath(expect.path(), trace.statesEntered()));
    }
    if (expect.output() != null && !JsonMatch.equal(expect.output(), execution.outputJson())) {
      failures.add(
          FailureMessages.shouldHaveOutput(expect.output(), execution.outputJson(), false, trace));
    }
    if (expect.outputContains() != null
        && !JsonMatch.contains(expect.outputContains(), execution.outputJson())) {
      failures.add(
          FailureMessages.shouldHaveOutput(
              expect.outputContains(), execution.outputJson(), true, trace));
    }
    if (expect.retries() != null
        && expect.retries().entrySet().stream()
            .anyMatch(e -> trace.retries(e.getKey()) != e.getValue())) {
      failures.add(FailureMessages.shouldHaveRetries(expect.retries(), trace));
    }
    if (expect.catches() != null && !catchesMatch(expect.catches(), trace.catches())) {
      failures.add(FailureMessages.shouldHaveCatches(expect.catches(), trace.catches(), trace));
    }
    if (expect.calls() != null) {
      expect
          .calls()
          .forEach(
              (state, calls) -> failures.addAll(CallCheck.failures(caseName, state, calls, trace)));
    }
    if (expect.error() != null && !expect.error().equals(execution.error())) {
      failures.add(
          FailureMessages.shouldHaveText("error", expect.error(), execution.error(), trace));
    }
    if (expect.cause() != null && !expect.cause().equals(execution.cause())) {
      failures.add(
          FailureMessages.shouldHaveText("cause", expect.cause(), execution.cause(), trace));
    }
    return failures;
  }

  private static boolean catchesMatch(List<ExpectedCatch> expected, List<Catch> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      ExpectedCatch e = expected.get(i);
      Catch a = actual.get(i);
      if (!e.state().equals(a.state())
          || e.error() != null && !e.error().equals(a.error())
          || e.next() != null && !Objects.equals(e.next(), a.next())) {
        return false;
      }
    }
    return true;
  }
}
