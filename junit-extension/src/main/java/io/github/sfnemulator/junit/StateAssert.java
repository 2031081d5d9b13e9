package io.github.sfnemulator.junit;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.StateError;
import io.github.sfnemulator.history.StateVisit;
import io.github.sfnemulator.junit.error.ErrorMessage;
import io.github.sfnemulator.junit.error.ShouldHaveBeenRetried;
import io.github.sfnemulator.junit.error.ShouldHaveCaught;
import io.github.sfnemulator.junit.error.ShouldHaveEnteredStates;
import io.github.sfnemulator.junit.internal.JsonValues;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the visits of one state of an execution: all of them, or one picked with {@link
 * #visit(int)}. Retries are counted from the history: attempts within a visit, minus one.
 *
 * <pre>{@code
 * assertThat(execution).state("Charge").wasRetried(2);
 * assertThat(execution).state("Charge").caught("States.TaskFailed").into("Refund");
 * assertThat(execution).state("Poll").visit(3).output().isEqualToJson("{\"done\": true}");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StateAssert extends AbstractAssert<StateAssert, ExecutionView> {
  private final String stateName;
  private final int visit;
  private final List<StateVisit> visits;

  /**
   * @param visit 1-based visit to check, or 0 for every visit
   * @param description the description of the assertion this one navigates from, or null
   */
  public StateAssert(ExecutionView actual, String stateName, int visit, String description) {
    super(actual, StateAssert.class);
    this.stateName = stateName;
    this.visit = visit;
    List<StateVisit> all = actual.trace().visits(stateName);
    if (description != null && !description.isEmpty()) {
      describedAs(description);
    }
    if (all.isEmpty() || all.size() < visit) {
      throw failure(ShouldHaveEnteredStates.shouldHaveVisited(actual, stateName, visit));
    }
    this.visits = visit == 0 ? all : List.of(all.get(visit - 1));
  }

  /** Narrows to the {@code n}th visit (1-based) of the state. */
  @CheckReturnValue
  public StateAssert visit(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Visits are numbered from 1, not " + n);
    }
    return new StateAssert(actual, stateName, n, info.descriptionText());
  }

  /** Retried exactly {@code times} times (over the visits checked). */
  public StateAssert wasRetried(int times) {
    int retries = visits.stream().mapToInt(StateVisit::retries).sum();
    if (retries != times) {
      throw failure(
          ShouldHaveBeenRetried.shouldHaveBeenRetried(
              actual, stateName, visitLabel(), times, retries));
    }
    return myself;
  }

  public StateAssert wasNotRetried() {
    return wasRetried(0);
  }

  /**
   * A Catch of the state handled {@code error}; {@code States.ALL} accepts any error. Continue with
   * {@link CatchAssert#into(String)} to check where it led.
   */
  @CheckReturnValue
  public CatchAssert caught(String error) {
    List<String> caught = new ArrayList<>();
    for (StateVisit v : visits) {
      if (!v.caught()) {
        continue;
      }
      StateError f = v.errors().get(v.errors().size() - 1);
      if (error.equals(f.error()) || StatesErrors.ALL.equals(error)) {
        return new CatchAssert(
            actual, stateName, f.error(), f.cause(), v.caughtInto(), info.descriptionText());
      }
      caught.add(f.error() + " -> " + v.caughtInto());
    }
    throw failure(
        ShouldHaveCaught.shouldHaveCaught(
            actual, stateName, error, caught.isEmpty() ? "" : caught.toString()));
  }

  /** Navigates to the input of the (first checked) visit. */
  @CheckReturnValue
  public JsonAssert input() {
    StateVisit v = visits.get(0);
    return new JsonAssert(
        JsonValues.parse(v.input()), "the input of state '" + stateName + "'" + visitLabel());
  }

  /** Navigates to the output of the (first checked) visit; null when the state did not exit. */
  @CheckReturnValue
  public JsonAssert output() {
    StateVisit v = visits.get(0);
    return new JsonAssert(
        v.output() == null ? null : JsonValues.parse(v.output()),
        "the output of state '" + stateName + "'" + visitLabel());
  }

  public StateAssert hasInput(String json) {
    input().isEqualToJson(json);
    return myself;
  }

  public StateAssert hasOutput(String json) {
    output().isEqualToJson(json);
    return myself;
  }

  private String visitLabel() {
    return visit == 0 ? "" : " (visit " + visit + ")";
  }

  private AssertionError failure(ErrorMessage message) {
    return message.toAssertionError(info.descriptionText());
  }
}
