package io.github.sfnemulator.junit;

import io.github.sfnemulator.Execution;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * The entry point of the execution assertions, in AssertJ's style: {@code assertThat} and its BDD
 * twin {@code then}.
 *
 * <pre>{@code
 * import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
 *
 * assertThat(execution)
 *     .hasSucceeded()
 *     .hasEnteredStatesExactly("Validate", "Charge", "Notify")
 *     .hasOutput("{\"charged\": true}");
 * assertThat(execution).state("Charge").wasRetried(2);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StepFunctionsAssertions {
  private StepFunctionsAssertions() {}

  @CheckReturnValue
  public static ExecutionAssert assertThat(Execution actual) {
    return new ExecutionAssert(actual);
  }

  @CheckReturnValue
  public static ExecutionAssert then(Execution actual) {
    return new ExecutionAssert(actual);
  }

  /**
   * The same assertions on any {@link ExecutionView}, such as a {@link RemoteExecution} read from a
   * Step Functions endpoint.
   */
  @CheckReturnValue
  public static ExecutionAssert assertThat(ExecutionView actual) {
    return new ExecutionAssert(actual);
  }

  @CheckReturnValue
  public static ExecutionAssert then(ExecutionView actual) {
    return new ExecutionAssert(actual);
  }
}
