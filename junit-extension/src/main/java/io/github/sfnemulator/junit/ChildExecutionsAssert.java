package io.github.sfnemulator.junit;

import io.github.sfnemulator.junit.error.ShouldHaveChildExecutions;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the child executions one state started: a Distributed Map's, one per item (or
 * batch), or a {@code states:startExecution} Task's. Each child is asserted as an execution: its
 * status, output, path, retries and catches.
 *
 * <pre>{@code
 * assertThat(execution).childExecutions("ProcessItems")
 *     .hasSize(3)
 *     .allSatisfy(item -> item.hasSucceeded())
 *     .child(2).state("Charge").caught("Declined").into("Refund");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ChildExecutionsAssert
    extends AbstractAssert<ChildExecutionsAssert, List<ExecutionView>> {
  private final ExecutionView parent;
  private final String stateName;

  ChildExecutionsAssert(ExecutionView parent, String stateName, List<ExecutionView> children) {
    super(children, ChildExecutionsAssert.class);
    this.parent = parent;
    this.stateName = stateName;
  }

  /** The state started exactly {@code expected} child executions. */
  public ChildExecutionsAssert hasSize(int expected) {
    if (actual.size() != expected) {
      throw ShouldHaveChildExecutions.shouldHaveChildExecutions(
              parent, stateName, expected, actual.stream().map(ExecutionView::name).toList())
          .toAssertionError(info.descriptionText());
    }
    return myself;
  }

  /** Navigates to the child started {@code index}-th (0-based; a Distributed Map's: item order). */
  @CheckReturnValue
  public ExecutionAssert child(int index) {
    if (index < 0 || index >= actual.size()) {
      hasSize(index + 1);
    }
    return new ExecutionAssert(actual.get(index));
  }

  /** Every child satisfies {@code requirements}, given as execution assertions. */
  public ChildExecutionsAssert allSatisfy(Consumer<ExecutionAssert> requirements) {
    actual.forEach(c -> requirements.accept(new ExecutionAssert(c)));
    return myself;
  }
}
