package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Message for a state that started another number of child executions than expected.
 *
 * <pre>{@code
 * // what assertThat(execution).childExecutions("ProcessItems").hasSize(3) throws for two children
 * assertThatThrownBy(() -> assertThat(execution).childExecutions("ProcessItems").hasSize(3))
 *     .hasMessage(shouldHaveChildExecutions(ExecutionView.of(execution), "ProcessItems", 3,
 *         List.of("order-1-2-0", "order-1-2-1")).message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveChildExecutions {
  private ShouldHaveChildExecutions() {}

  public static ErrorMessage shouldHaveChildExecutions(
      ExecutionView actual, String stateName, int expected, List<String> started) {
    return new ErrorMessage(
        String.format(
            "%nExpecting state '%s' of execution '%s' to have started %d child execution(s)%nbut"
                + " it started %d: %s%s",
            stateName, actual.name(), expected, started.size(), started, Traces.actualPath(actual)),
        String.valueOf(expected),
        String.valueOf(started.size()));
  }
}
