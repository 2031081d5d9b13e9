package io.github.sfnemulator.junit;

import io.github.sfnemulator.Execution;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.BDDAssertions;

/**
 * The entry point of the execution assertions, in AssertJ's style: {@code assertThat} and its BDD
 * twin {@code then}. It extends AssertJ's {@link BDDAssertions} (itself an extension of {@link
 * org.assertj.core.api.Assertions}), as AssertJ advises for custom entry points, so one static
 * import serves executions and every other value.
 *
 * <pre>{@code
 * import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
 *
 * assertThat(execution)
 *     .hasSucceeded()
 *     .hasEnteredStatesExactly("Validate", "Charge", "Notify")
 *     .hasOutput("{\"charged\": true}");
 * assertThat(execution).state("Charge").wasRetried(2);
 * assertThat(execution.name()).startsWith("order-"); // AssertJ's own, from the same import
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StepFunctionsAssertions extends BDDAssertions {
  /** For a project's own entry point that adds its assertions, as this one adds AssertJ's. */
  protected StepFunctionsAssertions() {}

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
