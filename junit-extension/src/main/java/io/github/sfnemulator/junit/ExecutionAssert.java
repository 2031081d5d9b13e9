package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.junit.error.ErrorMessage;
import io.github.sfnemulator.junit.error.ShouldHaveBeenRedriven;
import io.github.sfnemulator.junit.error.ShouldHaveEnteredStates;
import io.github.sfnemulator.junit.error.ShouldHaveFailedWith;
import io.github.sfnemulator.junit.error.ShouldHaveOutput;
import io.github.sfnemulator.junit.error.ShouldHaveRunVersion;
import io.github.sfnemulator.junit.error.ShouldHaveStatus;
import io.github.sfnemulator.junit.error.ShouldHaveVariable;
import io.github.sfnemulator.junit.internal.JsonValues;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an execution: how it ended, its output, the path it took, and (through {@link
 * #state(String)}) the retries, catches, inputs and outputs of its states. Every failure shows the
 * path the execution actually took.
 *
 * <pre>{@code
 * assertThat(execution)
 *     .hasFailedWith("States.TaskFailed").withCauseContaining("card declined")
 *     .hasEnteredStates("Charge", "Refund")
 *     .hasNotEnteredStates("Ship");
 * assertThat(execution).state("Charge").caught("States.TaskFailed").into("Refund");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ExecutionAssert extends AbstractAssert<ExecutionAssert, ExecutionView> {

  public ExecutionAssert(ExecutionView actual) {
    super(actual, ExecutionAssert.class);
  }

  /** Assertions reading {@code actual} live. */
  public ExecutionAssert(Execution actual) {
    this(actual == null ? null : ExecutionView.of(actual));
  }

  public ExecutionAssert hasSucceeded() {
    return hasStatus(ExecutionStatus.SUCCEEDED, ShouldHaveStatus::shouldHaveSucceeded);
  }

  /** Failed with any error; see {@link #hasFailedWith(String)}. */
  public ExecutionAssert hasFailed() {
    return hasStatus(ExecutionStatus.FAILED, ShouldHaveStatus::shouldHaveFailed);
  }

  /** Failed with the error {@code error}, e.g. {@code States.TaskFailed}. */
  public ExecutionAssert hasFailedWith(String error) {
    isNotNull();
    if (actual.status() != ExecutionStatus.FAILED || !error.equals(actual.error())) {
      throw failure(ShouldHaveFailedWith.shouldHaveFailedWith(actual, error));
    }
    return myself;
  }

  /** Ended (failed, timed out or aborted) with exactly this cause. */
  public ExecutionAssert withCause(String cause) {
    isNotNull();
    if (!cause.equals(actual.cause())) {
      throw failure(ShouldHaveFailedWith.shouldHaveCause(actual, cause));
    }
    return myself;
  }

  /** Ended with a cause that contains {@code part}. */
  public ExecutionAssert withCauseContaining(String part) {
    isNotNull();
    if (actual.cause() == null || !actual.cause().contains(part)) {
      throw failure(ShouldHaveFailedWith.shouldHaveCauseContaining(actual, part));
    }
    return myself;
  }

  public ExecutionAssert hasTimedOut() {
    return hasStatus(ExecutionStatus.TIMED_OUT, ShouldHaveStatus::shouldHaveTimedOut);
  }

  public ExecutionAssert wasAborted() {
    return hasStatus(ExecutionStatus.ABORTED, ShouldHaveStatus::shouldHaveBeenAborted);
  }

  /**
   * Was redriven exactly {@code times} times: its history holds that many {@code ExecutionRedriven}
   * events (so a remote execution is checked the same way).
   *
   * <pre>{@code
   * execution.redrive().await();
   * assertThat(execution).wasRedriven(1).hasSucceeded();
   * }</pre>
   *
   * @since 0.2
   */
  public ExecutionAssert wasRedriven(int times) {
    isNotNull();
    int redrives =
        (int)
            actual.history().stream()
                .filter(e -> e.type() == HistoryEventType.ExecutionRedriven)
                .count();
    if (redrives != times) {
      throw failure(ShouldHaveBeenRedriven.shouldHaveBeenRedriven(actual, times, redrives));
    }
    return myself;
  }

  /** Succeeded with this output, compared as JSON: by value, regardless of key order. */
  public ExecutionAssert hasOutput(String json) {
    isNotNull();
    JsonNode expected = JsonValues.parse(json);
    if (!JsonValues.equal(actual.outputJson(), expected)) {
      throw failure(ShouldHaveOutput.shouldHaveOutput(actual, expected));
    }
    return myself;
  }

  /** Succeeded, and its output passes {@code requirements}. */
  public ExecutionAssert hasOutputSatisfying(Consumer<JsonNode> requirements) {
    hasSucceeded();
    requirements.accept(actual.outputJson());
    return myself;
  }

  /** Navigates to the output; fails unless the execution succeeded. */
  @CheckReturnValue
  public JsonAssert output() {
    hasSucceeded();
    return new JsonAssert(actual.outputJson(), "the output of execution '" + actual.name() + "'");
  }

  /** Navigates to the output's value at a JSONPath such as {@code $.order.total}. */
  @CheckReturnValue
  public JsonAssert outputAt(String jsonPath) {
    return output().at(jsonPath);
  }

  /** Entered exactly these states, in this order (Map and Parallel inner states included). */
  public ExecutionAssert hasEnteredStatesExactly(String... states) {
    isNotNull();
    if (!actual.statesEntered().equals(Arrays.asList(states))) {
      throw failure(
          ShouldHaveEnteredStates.shouldHaveEnteredStatesExactly(actual, List.of(states)));
    }
    return myself;
  }

  /** Entered each of these states at least once, in any order. */
  public ExecutionAssert hasEnteredStates(String... states) {
    isNotNull();
    List<String> entered = actual.statesEntered();
    List<String> missing = Arrays.stream(states).filter(s -> !entered.contains(s)).toList();
    if (!missing.isEmpty()) {
      throw failure(
          ShouldHaveEnteredStates.shouldHaveEnteredStates(actual, List.of(states), missing));
    }
    return myself;
  }

  /** Entered none of these states. */
  public ExecutionAssert hasNotEnteredStates(String... states) {
    isNotNull();
    List<String> entered = actual.statesEntered();
    List<String> found = Arrays.stream(states).filter(entered::contains).toList();
    if (!found.isEmpty()) {
      throw failure(
          ShouldHaveEnteredStates.shouldNotHaveEnteredStates(actual, List.of(states), found));
    }
    return myself;
  }

  /** Navigates to a state's visits; fails when the state was never entered. */
  @CheckReturnValue
  public StateAssert state(String stateName) {
    isNotNull();
    return new StateAssert(actual, stateName, 0, info.descriptionText());
  }

  /**
   * Navigates to the child executions the state named {@code stateName} started, in the order they
   * started: a Distributed Map's iterations, or a {@code states:startExecution} Task's executions.
   */
  @CheckReturnValue
  public ChildExecutionsAssert childExecutions(String stateName) {
    isNotNull();
    List<ExecutionView> children =
        actual.childExecutions().stream()
            .filter(c -> c.stateName().equals(stateName))
            .<ExecutionView>map(ChildExecutionView::new)
            .toList();
    return new ChildExecutionsAssert(actual, stateName, children);
  }

  /** Navigates to a variable's last assigned value; fails when no state assigned it. */
  @CheckReturnValue
  public JsonAssert variable(String name) {
    isNotNull();
    Map<String, String> variables = actual.trace().variables();
    if (!variables.containsKey(name)) {
      throw failure(ShouldHaveVariable.shouldHaveVariable(actual, name, variables.keySet()));
    }
    return new JsonAssert(
        JsonValues.parse(variables.get(name)),
        "variable '" + name + "' of execution '" + actual.name() + "'");
  }

  /** Assigned the variable {@code name} last with this value (JSON). */
  public ExecutionAssert hasVariable(String name, String json) {
    variable(name).isEqualToJson(json);
    return myself;
  }

  /**
   * Ran version {@code number} of its state machine: it was started through that version's ARN or
   * through an alias that routed it there, as its ExecutionStarted event's {@code
   * stateMachineVersionArn} says.
   *
   * <pre>{@code
   * Execution execution = emulator.startExecution(prodAlias.arn(), "{}").await();
   * assertThat(execution).hasSucceeded().ranVersion(3);
   * }</pre>
   *
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ExecutionAssert ranVersion(int number) {
    isNotNull();
    List<HistoryEvent> history = actual.history();
    String versionArn =
        history.isEmpty() || !history.get(0).details().hasNonNull("stateMachineVersionArn")
            ? null
            : history.get(0).details().get("stateMachineVersionArn").asText();
    if (versionArn == null || !versionArn.endsWith(":" + number)) {
      throw failure(ShouldHaveRunVersion.shouldHaveRunVersion(actual, number, versionArn));
    }
    return myself;
  }

  /** Navigates to the history events, oldest first. */
  @CheckReturnValue
  public ListAssert<HistoryEvent> history() {
    isNotNull();
    return Assertions.assertThat(actual.history());
  }

  private ExecutionAssert hasStatus(
      ExecutionStatus expected, java.util.function.Function<ExecutionView, ErrorMessage> message) {
    isNotNull();
    if (actual.status() != expected) {
      throw failure(message.apply(actual));
    }
    return myself;
  }

  private AssertionError failure(ErrorMessage message) {
    return message.toAssertionError(info.descriptionText());
  }
}
