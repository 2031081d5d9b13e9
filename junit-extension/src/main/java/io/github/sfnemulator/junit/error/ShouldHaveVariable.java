package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * Message for a variable no state assigned.
 *
 * <pre>{@code
 * // what assertThat(execution).hasVariable("orderId", ...) throws when no state assigned it
 * assertThatThrownBy(() -> assertThat(execution).hasVariable("orderId", "\"A-1\""))
 *     .hasMessage(shouldHaveVariable(ExecutionView.of(execution), "orderId", List.of()).message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveVariable {
  private ShouldHaveVariable() {}

  public static ErrorMessage shouldHaveVariable(
      ExecutionView actual, String name, Iterable<String> assigned) {
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' to have assigned variable:%n  %s%nbut it assigned only:%n "
                + " %s%s",
            actual.name(), name, assigned, Traces.actualPath(actual)),
        null,
        null);
  }
}
