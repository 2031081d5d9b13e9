package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Messages for an execution that took another path than expected.
 *
 * <pre>{@code
 * // what assertThat(execution).hasEnteredStatesExactly("Validate", "Charge") throws otherwise
 * assertThatThrownBy(() -> assertThat(execution).hasEnteredStatesExactly("Validate", "Charge"))
 *     .hasMessage(shouldHaveEnteredStatesExactly(
 *         ExecutionView.of(execution), List.of("Validate", "Charge")).message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveEnteredStates {
  private ShouldHaveEnteredStates() {}

  /** The states entered, in order, are not exactly {@code expected}. */
  public static ErrorMessage shouldHaveEnteredStatesExactly(
      ExecutionView actual, List<String> expected) {
    List<String> entered = actual.trace().statesEntered();
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' to have entered exactly these states, in order:%n  %s%nbut"
                + " it entered:%n  %s%s",
            actual.name(), expected, entered, Traces.actualPath(actual)),
        Traces.statesAsLines(expected),
        Traces.statesAsLines(entered));
  }

  /** Some of the expected states were never entered. */
  public static ErrorMessage shouldHaveEnteredStates(
      ExecutionView actual, List<String> expected, List<String> missing) {
    List<String> entered = actual.trace().statesEntered();
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' to have entered the states:%n  %s%nbut it never entered:%n "
                + " %s%s",
            actual.name(), expected, missing, Traces.actualPath(actual)),
        Traces.statesAsLines(expected),
        Traces.statesAsLines(entered));
  }

  /** States that should not have been entered were. */
  public static ErrorMessage shouldNotHaveEnteredStates(
      ExecutionView actual, List<String> unexpected, List<String> entered) {
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' not to have entered the states:%n  %s%nbut it entered:%n "
                + " %s%s",
            actual.name(), unexpected, entered, Traces.actualPath(actual)),
        null,
        null);
  }

  /** The state was not entered (that often), so a visit of it cannot be checked. */
  public static ErrorMessage shouldHaveVisited(ExecutionView actual, String state, int visit) {
    long times = actual.trace().visits(state).size();
    String what =
        visit <= 1
            ? "to have entered state '" + state + "'"
            : "to have entered state '" + state + "' at least " + visit + " times";
    return new ErrorMessage(
        String.format(
            "%nExpecting execution '%s' %s,%nbut it entered it %d time%s.%s",
            actual.name(), what, times, times == 1 ? "" : "s", Traces.actualPath(actual)),
        null,
        null);
  }
}
