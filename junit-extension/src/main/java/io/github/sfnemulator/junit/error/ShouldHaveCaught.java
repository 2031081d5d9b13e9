package io.github.sfnemulator.junit.error;

import io.github.sfnemulator.junit.ExecutionView;
import org.apiguardian.api.API;

/**
 * Messages for a Catch that did not happen as expected.
 *
 * <pre>{@code
 * // what ...caught("Card.Declined").into("Notify") throws when the Catch led to Refund
 * assertThatThrownBy(
 *         () -> assertThat(execution).state("Charge").caught("Card.Declined").into("Notify"))
 *     .hasMessage(shouldHaveCaughtInto(
 *         ExecutionView.of(execution), "Charge", "Card.Declined", "Notify", "Refund").message());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveCaught {
  private ShouldHaveCaught() {}

  /**
   * @param caught what the state caught, e.g. {@code [Lambda.Unknown -> Refund]}, empty when
   *     nothing
   */
  public static ErrorMessage shouldHaveCaught(
      ExecutionView actual, String state, String error, String caught) {
    return new ErrorMessage(
        String.format(
            "%nExpecting state '%s' of execution '%s' to have caught:%n  %s%nbut it %s.%s",
            state,
            actual.name(),
            error,
            caught.isEmpty() ? "caught nothing" : "caught " + caught,
            Traces.actualPath(actual)),
        state + " caught " + error,
        caught.isEmpty() ? state + " caught nothing" : state + " caught " + caught);
  }

  /** The error was caught, but the Catch led elsewhere. */
  public static ErrorMessage shouldHaveCaughtInto(
      ExecutionView actual, String state, String error, String expectedNext, String actualNext) {
    return new ErrorMessage(
        String.format(
            "%nExpecting state '%s' of execution '%s' to have caught %s into state:%n  %s%nbut the"
                + " Catch led to:%n  %s%s",
            state, actual.name(), error, expectedNext, actualNext, Traces.actualPath(actual)),
        state + " caught " + error + " -> " + expectedNext,
        state + " caught " + error + " -> " + actualNext);
  }

  /** The error was caught with another cause. */
  public static ErrorMessage shouldHaveCaughtWithCause(
      ExecutionView actual, String state, String error, String expectedCause, String actualCause) {
    return new ErrorMessage(
        String.format(
            "%nExpecting state '%s' of execution '%s' to have caught %s with cause:%n  \"%s\"%nbut"
                + " the cause was:%n  \"%s\"%s",
            state, actual.name(), error, expectedCause, actualCause, Traces.actualPath(actual)),
        expectedCause,
        actualCause);
  }
}
