package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * Message for a state retried another number of times than expected.
 *
 * <pre>{@code
 * // what assertThat(execution).state("Charge").wasRetried(2) throws when Charge was retried once
 * assertThatThrownBy(() -> assertThat(execution).state("Charge").wasRetried(2))
 *     .hasMessage(shouldHaveBeenRetried(ExecutionView.of(execution), "Charge", "", 2, 1).message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveBeenRetried {
  private ShouldHaveBeenRetried() {}

  /**
   * @param visit which visit was checked, e.g. "" for all, " (visit 2)"
   */
  public static ErrorMessage shouldHaveBeenRetried(
      ExecutionView actual, String state, String visit, int expected, int retries) {
    return new ErrorMessage(
        String.format(
            "%nExpecting state '%s'%s of execution '%s' to have been retried %s,%nbut it was"
                + " retried %s.%s",
            state,
            visit,
            actual.name(),
            times(expected),
            times(retries),
            Traces.actualPath(actual)),
        state + " retried " + times(expected),
        state + " retried " + times(retries));
  }

  private static String times(int n) {
    return n + (n == 1 ? " time" : " times");
  }
}
