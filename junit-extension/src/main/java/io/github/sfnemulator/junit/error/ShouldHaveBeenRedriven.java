package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * Message for an execution redriven another number of times than expected.
 *
 * <pre>{@code
 * // what assertThat(execution).wasRedriven(1) throws when the execution was never redriven
 * assertThatThrownBy(() -> assertThat(execution).wasRedriven(1))
 *     .hasMessage(shouldHaveBeenRedriven(ExecutionView.of(execution), 1, 0).message());
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ShouldHaveBeenRedriven {
  private ShouldHaveBeenRedriven() {}

  public static ErrorMessage shouldHaveBeenRedriven(
      ExecutionView actual, int expected, int redrives) {
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' to have been redriven %s,%nbut its history shows %s"
                + " (ExecutionRedriven events).%s",
            actual.name(), times(expected), times(redrives), Traces.actualPath(actual)),
        "redriven " + times(expected),
        "redriven " + times(redrives));
  }

  private static String times(int n) {
    return n + (n == 1 ? " time" : " times");
  }
}
