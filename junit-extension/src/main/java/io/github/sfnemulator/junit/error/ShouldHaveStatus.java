package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * Messages for an execution that ended otherwise than expected (succeeded, failed, timed out,
 * aborted).
 *
 * <pre>{@code
 * // what assertThat(execution).hasSucceeded() throws when the execution failed
 * assertThatThrownBy(() -> assertThat(execution).hasSucceeded())
 *     .hasMessage(shouldHaveSucceeded(ExecutionView.of(execution)).message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveStatus {
  private ShouldHaveStatus() {}

  public static ErrorMessage shouldHaveSucceeded(ExecutionView actual) {
    return of(actual, ExecutionStatus.SUCCEEDED, "to have succeeded");
  }

  public static ErrorMessage shouldHaveFailed(ExecutionView actual) {
    return of(actual, ExecutionStatus.FAILED, "to have failed");
  }

  public static ErrorMessage shouldHaveTimedOut(ExecutionView actual) {
    return of(actual, ExecutionStatus.TIMED_OUT, "to have timed out");
  }

  public static ErrorMessage shouldHaveBeenAborted(ExecutionView actual) {
    return of(actual, ExecutionStatus.ABORTED, "to have been aborted");
  }

  private static ErrorMessage of(ExecutionView actual, ExecutionStatus expected, String verb) {
    String outcome = actual.trace().outcome();
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' %s, but it %s.%s",
            actual.name(),
            verb,
            outcome.startsWith("RUNNING") ? "is still RUNNING" : "ended " + outcome,
            Traces.actualPath(actual)),
        expected.name(),
        outcome);
  }
}
