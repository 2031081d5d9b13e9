package io.github.sfnemulator.junit;

import io.github.sfnemulator.junit.error.ShouldHaveCaught;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one Catch a state took: where it led and the cause it caught.
 *
 * <pre>{@code
 * assertThat(execution).state("Charge")
 *     .caught("Payment.Declined").withCause("insufficient funds").into("Refund");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CatchAssert extends AbstractAssert<CatchAssert, ExecutionView> {
  private final String stateName;
  private final String error;
  private final String cause;
  private final String next;

  CatchAssert(
      ExecutionView actual,
      String stateName,
      String error,
      String cause,
      String next,
      String description) {
    super(actual, CatchAssert.class);
    this.stateName = stateName;
    this.error = error;
    this.cause = cause;
    this.next = next;
    if (description != null && !description.isEmpty()) {
      describedAs(description);
    }
  }

  /** The Catch led to the state {@code nextState}. */
  public CatchAssert into(String nextState) {
    if (!nextState.equals(next)) {
      throw ShouldHaveCaught.shouldHaveCaughtInto(actual, stateName, error, nextState, next)
          .toAssertionError(info.descriptionText());
    }
    return myself;
  }

  /** The caught error had exactly this cause. */
  public CatchAssert withCause(String expectedCause) {
    if (!Objects.equals(expectedCause, cause)) {
      throw ShouldHaveCaught.shouldHaveCaughtWithCause(
              actual, stateName, error, expectedCause, cause)
          .toAssertionError(info.descriptionText());
    }
    return myself;
  }
}
