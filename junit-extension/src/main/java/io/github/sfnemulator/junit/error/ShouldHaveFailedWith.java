package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * Messages for an execution that did not fail with the expected error or cause.
 *
 * <pre>{@code
 * // what assertThat(execution).hasFailedWith("States.Timeout") throws for another error
 * assertThatThrownBy(() -> assertThat(execution).hasFailedWith("States.Timeout"))
 *     .hasMessage(shouldHaveFailedWith(ExecutionView.of(execution), "States.Timeout").message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveFailedWith {
  private ShouldHaveFailedWith() {}

  public static ErrorMessage shouldHaveFailedWith(ExecutionView actual, String error) {
    String outcome = actual.trace().outcome();
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' to have failed with error:%n  %s%nbut it ended %s.%s",
            actual.name(), error, outcome, Traces.actualPath(actual)),
        "FAILED with " + error,
        outcome);
  }

  public static ErrorMessage shouldHaveCause(ExecutionView actual, String cause) {
    return cause(actual, cause, "to have ended with cause");
  }

  public static ErrorMessage shouldHaveCauseContaining(ExecutionView actual, String part) {
    return cause(actual, part, "to have ended with a cause containing");
  }

  private static ErrorMessage cause(ExecutionView actual, String expected, String verb) {
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' %s:%n  \"%s\"%nbut its cause was:%n  %s%s",
            actual.name(),
            verb,
            expected,
            actual.cause() == null ? "none" : "\"" + actual.cause() + "\"",
            Traces.actualPath(actual)),
        expected,
        actual.cause());
  }
}
