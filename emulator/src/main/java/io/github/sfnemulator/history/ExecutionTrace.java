package io.github.sfnemulator.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The path an execution took, read from its history alone: the states it entered, their retries,
 * the Catches it took, and a compact text trace. Anything that has the history events (the
 * emulator, a test, a build plugin, a remote Step Functions) asks the same questions the same way.
 *
 * <pre>{@code
 * ExecutionTrace trace = ExecutionTrace.of(execution.name(), execution.history());
 * trace.statesEntered();   // [Validate, Charge, Refund, Notify]
 * trace.retries("Charge"); // 2
 * trace.catches();         // [Catch[state=Charge, error=Card.Declined, cause=..., next=Refund]]
 * trace.render();
 * // Execution 'order-1' SUCCEEDED
 * //   Validate (Pass)
 * //   Charge (Task) retried 2x after Lambda.TooManyRequestsException caught Card.Declined
 * //     ("insufficient funds") -> Refund        (one line)
 * //   Refund (Pass)
 * //   Notify (Pass)
 * }</pre>
 *
 * <p>Events are attributed to a visit by following {@code previousEventId}, so the interleaved
 * events of Parallel branches and Map iterations land in the right visit. Immutable once built.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionTrace {
  private final String executionName;
  private final List<HistoryEvent> history;
  private final List<StateVisit> visits = new ArrayList<>();

  /** The child executions' traces, with the state that started each. */
  private final List<Map.Entry<String, ExecutionTrace>> children = new ArrayList<>();

  private ExecutionTrace(
      String executionName,
      List<HistoryEvent> history,
      List<ChildExecution> childExecutions,
      StateVisit container) {
    this.executionName = executionName;
    this.history = List.copyOf(history);
    build(container);
    addChildren(childExecutions);
  }

  /** The trace of a history, oldest event first; {@link #render()} names no execution. */
  public static ExecutionTrace of(List<HistoryEvent> history) {
    return new ExecutionTrace(null, Objects.requireNonNull(history, "history"), List.of(), null);
  }

  /** The trace of the history of the execution named {@code executionName}. */
  public static ExecutionTrace of(String executionName, List<HistoryEvent> history) {
    return of(executionName, history, List.of());
  }

  /**
   * The trace of an execution and of the child executions it started. A Distributed Map's child
   * executions run the Map's inner states: their visits follow the Map's own, as an inline Map's
   * iterations do, so {@link #statesEntered()}, {@link #retries(String)} and {@link #catches()}
   * include them; {@link #childExecutions(String)} traces each child on its own.
   */
  public static ExecutionTrace of(
      String executionName, List<HistoryEvent> history, List<ChildExecution> childExecutions) {
    return new ExecutionTrace(
        Objects.requireNonNull(executionName, "executionName"),
        Objects.requireNonNull(history, "history"),
        Objects.requireNonNull(childExecutions, "childExecutions"),
        null);
  }

  /**
   * The trace of an emulator's execution with its child executions ({@link
   * io.github.sfnemulator.Execution#childExecutions()}).
   */
  public static ExecutionTrace of(io.github.sfnemulator.Execution execution) {
    return of(execution.name(), execution.history(), execution.childExecutions());
  }

  /** The name of the execution, or null when the trace was built from a history alone. */
  public String executionName() {
    return executionName;
  }

  /** The traces of the child executions this execution started, in the order they started. */
  public List<ExecutionTrace> childExecutions() {
    return children.stream().map(Map.Entry::getValue).toList();
  }

  /**
   * The traces of the child executions the state named {@code stateName} started, in the order they
   * started: a Distributed Map's, one per item (or batch), or a {@code states:startExecution}
   * Task's; empty when it started none.
   *
   * <pre>{@code
   * List<ExecutionTrace> items = ExecutionTrace.of(execution).childExecutions("ProcessItems");
   * items.get(2).retries("Charge");  // 1
   * items.get(2).catches();          // [Catch[state=Charge, ...]]
   * }</pre>
   */
  public List<ExecutionTrace> childExecutions(String stateName) {
    return children.stream()
        .filter(c -> c.getKey().equals(stateName))
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * Traces the children; a Distributed Map's child's visits are nested in the Map's visit and
   * follow it (and its earlier children) in {@link #visits}.
   */
  private void addChildren(List<ChildExecution> childExecutions) {
    Map<Long, Integer> insertAt = new HashMap<>();
    for (ChildExecution c : childExecutions) {
      StateVisit map = null;
      if (c.kind() == ChildExecution.Kind.MAP_RUN) {
        for (StateVisit v : visits) {
          if (v.entered().id() == c.stateEnteredEventId()) {
            map = v;
          }
        }
      }
      ExecutionTrace child = new ExecutionTrace(c.name(), c.history(), c.childExecutions(), map);
      children.add(Map.entry(c.stateName(), child));
      if (map != null) {
        int at = insertAt.getOrDefault(map.entered().id(), visits.indexOf(map) + 1);
        visits.addAll(at, child.visits);
        insertAt.replaceAll((id, index) -> index >= at ? index + child.visits.size() : index);
        insertAt.put(map.entered().id(), at + child.visits.size());
      }
    }
  }

  public List<HistoryEvent> history() {
    return history;
  }

  /** Every visit in the order the states were entered, inner states included. */
  public List<StateVisit> visits() {
    return List.copyOf(visits);
  }

  /** The visits of the state named {@code stateName}, in order; empty when it was not entered. */
  public List<StateVisit> visits(String stateName) {
    return visits.stream().filter(v -> v.stateName().equals(stateName)).toList();
  }

  /** The names of the states entered, in order, inner states included. */
  public List<String> statesEntered() {
    return visits.stream().map(StateVisit::stateName).toList();
  }

  /** How often the state named {@code stateName} was retried, over all its visits. */
  public int retries(String stateName) {
    return visits(stateName).stream().mapToInt(StateVisit::retries).sum();
  }

  /** Every Catch the execution took, in the order the states were entered. */
  public List<Catch> catches() {
    return visits.stream()
        .filter(StateVisit::caught)
        .map(
            v ->
                new Catch(
                    v.stateName(), v.lastError().error(), v.lastError().cause(), v.caughtInto()))
        .toList();
  }

  /** Each variable's last assigned value (JSON text), in the order they were first assigned. */
  public Map<String, String> variables() {
    Map<String, String> out = new LinkedHashMap<>();
    for (HistoryEvent e : history) {
      JsonNode assigned = e.type().isStateExited() ? e.details().get("assignedVariables") : null;
      if (assigned != null) {
        assigned.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
      }
    }
    return out;
  }

  /**
   * The status the history ends in, with its error and cause: {@code SUCCEEDED}, {@code RUNNING},
   * or e.g. {@code FAILED with States.TaskFailed ("boom")}.
   */
  public String outcome() {
    HistoryEvent last = history.isEmpty() ? null : history.get(history.size() - 1);
    String status =
        last == null
            ? "RUNNING"
            : switch (last.type()) {
              case ExecutionSucceeded -> "SUCCEEDED";
              case ExecutionFailed -> "FAILED";
              case ExecutionTimedOut -> "TIMED_OUT";
              case ExecutionAborted -> "ABORTED";
              default -> "RUNNING";
            };
    if (status.equals("SUCCEEDED") || status.equals("RUNNING")) {
      return status;
    }
    String error = last.error() == null ? "" : " with " + last.error();
    String cause = last.cause() == null ? "" : " (\"" + last.cause() + "\")";
    return status + error + cause;
  }

  /**
   * The trace as text, one visit per line, indented by nesting, with retries, Catches and the
   * failure that ended the execution.
   */
  public String render() {
    return TraceRenderer.render(executionName, outcome(), visits);
  }

  @Override
  public String toString() {
    return render();
  }

  private void build(StateVisit container) {
    Map<Long, HistoryEvent> byId = new HashMap<>();
    Map<Long, StateVisit> enteredVisits = new HashMap<>();
    Map<Long, StateVisit> exitedVisits = new HashMap<>();
    for (int i = 0; i < history.size(); i++) {
      HistoryEvent e = history.get(i);
      byId.put(e.id(), e);
      if (e.type().isStateEntered()) {
        StateVisit owner = openOwner(e, byId, enteredVisits, null);
        StateVisit visit = new StateVisit(e, owner != null ? owner : container);
        visits.add(visit);
        enteredVisits.put(e.id(), visit);
        StateVisit previous = exitedVisits.get(e.previousEventId());
        if (previous != null && previous.lastAttemptFailed()) {
          previous.catchLedTo(e.stateName());
        }
        continue;
      }
      StateVisit owner =
          e.type() == HistoryEventType.EvaluationFailed
              ? latestOpen(e.details().path("state").asText())
              : openOwner(e, byId, enteredVisits, e.type().isStateExited() ? e.stateName() : null);
      if (owner == null) {
        continue;
      }
      if (e.type().isStateExited()) {
        owner.exit(e);
        exitedVisits.put(e.id(), owner);
      } else if (TraceEvents.isFailure(e.type())) {
        owner.fail(e, errorAt(i));
      } else {
        owner.add(e);
      }
    }
  }

  /**
   * The error and cause of the failure event at {@code index}; Map and Parallel failures carry
   * theirs on an earlier event.
   */
  private StateError errorAt(int index) {
    for (int i = index; i >= 0; i--) {
      HistoryEvent e = history.get(i);
      if (e.error() != null || e.cause() != null) {
        return new StateError(e.error(), e.cause());
      }
    }
    return new StateError(null, null);
  }

  /**
   * The innermost visit still open that {@code e} follows from: walks the previousEventId chain
   * back to a state entered event whose visit has not exited (and has {@code name}, if given).
   */
  private static StateVisit openOwner(
      HistoryEvent e, Map<Long, HistoryEvent> byId, Map<Long, StateVisit> entered, String name) {
    HistoryEventType ownerType = containerEntered(e.type());
    for (HistoryEvent p = byId.get(e.previousEventId());
        p != null;
        p = byId.get(p.previousEventId())) {
      StateVisit v = entered.get(p.id());
      if (v != null
          && v.exited() == null
          && (name == null || name.equals(v.stateName()))
          && (ownerType == null || v.entered().type() == ownerType)) {
        return v;
      }
    }
    return null;
  }

  /**
   * For a Map's or Parallel's own event, the entered type of the state it belongs to. AWS links
   * such an event (an iteration's end, the state's failure) to the last event inside, which may be
   * a state that never exited.
   */
  private static HistoryEventType containerEntered(HistoryEventType type) {
    if (type.isStateEntered()) {
      return null; // its owner is the visit it is nested in, of any type
    }
    String name = type.name();
    if (name.startsWith("MapState")
        || name.startsWith("MapIteration")
        || name.startsWith("MapRun")) {
      return HistoryEventType.MapStateEntered;
    }
    if (name.startsWith("ParallelState")) {
      return HistoryEventType.ParallelStateEntered;
    }
    return null;
  }

  /**
   * The latest visit of {@code stateName} that has not exited: AWS links an EvaluationFailed event
   * to the event before the state was entered, and names the state in its details.
   */
  private StateVisit latestOpen(String stateName) {
    for (int i = visits.size() - 1; i >= 0; i--) {
      StateVisit v = visits.get(i);
      if (v.exited() == null && v.stateName().equals(stateName)) {
        return v;
      }
    }
    return null;
  }
}
