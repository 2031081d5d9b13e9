package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * The message for an execution that did not run the expected state machine version.
 *
 * <pre>{@code
 * // what assertThat(execution).ranVersion(2) throws for an execution started on the machine itself
 * assertThatThrownBy(() -> assertThat(execution).ranVersion(2))
 *     .hasMessage(shouldHaveRunVersion(ExecutionView.of(execution), 2, null).message());
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ShouldHaveRunVersion {
  private ShouldHaveRunVersion() {}

  /**
   * @param versionArn the version ARN the execution's ExecutionStarted event names, or null
   */
  public static ErrorMessage shouldHaveRunVersion(
      ExecutionView actual, int version, String versionArn) {
    String ran =
        versionArn == null
            ? "it was started through the state machine's own ARN, so it ran no version"
            : "it ran " + versionArn;
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' to have run version %d of its state machine%nbut %s.%n"
                + "Start it with a version ARN (...:stateMachine:NAME:%d) or an alias that routes to it.",
            actual.name(), version, ran, version),
        "version " + version,
        versionArn == null
            ? "no version"
            : "version " + versionArn.substring(versionArn.lastIndexOf(':') + 1));
  }
}
