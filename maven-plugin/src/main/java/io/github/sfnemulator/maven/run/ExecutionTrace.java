package io.github.sfnemulator.maven.run;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an execution's history says about the route it took: the states entered, the retries of each
 * Task state and the Catch transitions. Events are tied to their state through {@code
 * previousEventId}, so interleaved Parallel branches and Map iterations are attributed correctly.
 *
 * <p>TODO(lead): the JUnit extension builds a similar trace; move this to one shared place.
 *
 * @param path the names of the states entered, in order
 * @param retries per Task state with at least one retry, the total number of retries
 * @param catches the Catch transitions, in order
 */
public record ExecutionTrace(
    List<String> path, Map<String, Integer> retries, List<CaughtError> catches) {

  private static final Set<HistoryEventType> SCHEDULED =
      EnumSet.of(
          HistoryEventType.TaskScheduled,
          HistoryEventType.LambdaFunctionScheduled,
          HistoryEventType.ActivityScheduled);

  private static final Set<HistoryEventType> CATCHABLE_EXITS =
      EnumSet.of(
          HistoryEventType.TaskStateExited,
          HistoryEventType.MapStateExited,
          HistoryEventType.ParallelStateExited);

  private static final Set<HistoryEventType> FAILURES =
      EnumSet.of(
          HistoryEventType.TaskFailed,
          HistoryEventType.TaskTimedOut,
          HistoryEventType.TaskStartFailed,
          HistoryEventType.TaskSubmitFailed,
          HistoryEventType.LambdaFunctionFailed,
          HistoryEventType.LambdaFunctionTimedOut,
          HistoryEventType.LambdaFunctionStartFailed,
          HistoryEventType.LambdaFunctionScheduleFailed,
          HistoryEventType.ActivityFailed,
          HistoryEventType.ActivityTimedOut,
          HistoryEventType.ActivityScheduleFailed,
          HistoryEventType.MapStateFailed,
          HistoryEventType.ParallelStateFailed,
          HistoryEventType.EvaluationFailed);

  public ExecutionTrace {
    path = List.copyOf(path);
    retries = Collections.unmodifiableMap(new LinkedHashMap<>(retries));
    catches = List.copyOf(catches);
  }

  /** Reads the trace from a whole history, oldest event first. */
  public static ExecutionTrace of(List<HistoryEvent> history) {
    Map<Long, HistoryEvent> byId = new HashMap<>();
    history.forEach(e -> byId.put(e.id(), e));
    List<String> path = new ArrayList<>();
    Map<Long, Integer> attemptsPerVisit = new LinkedHashMap<>();
    List<CaughtError> catches = new ArrayList<>();
    for (HistoryEvent event : history) {
      if (event.type().isStateEntered()) {
        path.add(event.stateName());
      } else if (SCHEDULED.contains(event.type())) {
        HistoryEvent entered = enteredBefore(event, byId);
        if (entered != null) {
          attemptsPerVisit.merge(entered.id(), 1, Integer::sum);
        }
      } else if (CATCHABLE_EXITS.contains(event.type())) {
        HistoryEvent before = byId.get(event.previousEventId());
        if (before != null && FAILURES.contains(before.type())) {
          String next = nextEntered(event, history);
          if (next != null) {
            catches.add(new CaughtError(event.stateName(), errorOf(before, history, byId), next));
          }
        }
      }
    }
    Map<String, Integer> retries = new LinkedHashMap<>();
    attemptsPerVisit.forEach(
        (enteredId, attempts) -> {
          if (attempts > 1) {
            retries.merge(byId.get(enteredId).stateName(), attempts - 1, Integer::sum);
          }
        });
    return new ExecutionTrace(path, retries, catches);
  }

  /** The retries of {@code state}, 0 when it was never retried. */
  public int retriesOf(String state) {
    return retries.getOrDefault(state, 0);
  }

  /** The state-entered event this event's chain of previous events leads back to. */
  private static HistoryEvent enteredBefore(HistoryEvent event, Map<Long, HistoryEvent> byId) {
    HistoryEvent e = byId.get(event.previousEventId());
    while (e != null && !e.type().isStateEntered()) {
      e = byId.get(e.previousEventId());
    }
    return e;
  }

  /**
   * The error a failure event reports. MapStateFailed and ParallelStateFailed carry none, as in
   * AWS: theirs is the last error recorded inside the state before it failed.
   */
  private static String errorOf(
      HistoryEvent failure, List<HistoryEvent> history, Map<Long, HistoryEvent> byId) {
    if (failure.error() != null) {
      return failure.error();
    }
    HistoryEvent entered = enteredBefore(failure, byId);
    long from = entered == null ? 0 : entered.id();
    for (int i = history.indexOf(failure) - 1; i >= 0 && history.get(i).id() > from; i--) {
      if (history.get(i).error() != null) {
        return history.get(i).error();
      }
    }
    return null;
  }

  /** The state entered right after {@code exited} (the catcher's Next), or null. */
  private static String nextEntered(HistoryEvent exited, List<HistoryEvent> history) {
    for (HistoryEvent e : history) {
      if (e.previousEventId() == exited.id() && e.type().isStateEntered()) {
        return e.stateName();
      }
    }
    return null;
  }
}
