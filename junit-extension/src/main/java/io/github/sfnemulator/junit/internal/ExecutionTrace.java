package io.github.sfnemulator.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.HistoryEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path an execution took, as state visits read from its history. Events are attributed to a
 * visit by following {@code previousEventId}, so the interleaved events of Parallel branches and
 * Map iterations land in the right visit.
 */
public final class ExecutionTrace {
  private final Execution execution;
  private final List<HistoryEvent> history;
  private final List<StateVisit> visits = new ArrayList<>();

  private ExecutionTrace(Execution execution) {
    this.execution = execution;
    this.history = execution.history();
    build();
  }

  public static ExecutionTrace of(Execution execution) {
    return new ExecutionTrace(execution);
  }

  public Execution execution() {
    return execution;
  }

  public List<HistoryEvent> history() {
    return history;
  }

  /** Every visit in the order the states were entered, inner states included. */
  public List<StateVisit> visits() {
    return visits;
  }

  /** The visits of one state, in order. */
  public List<StateVisit> visitsOf(String stateName) {
    return visits.stream().filter(v -> v.stateName().equals(stateName)).toList();
  }

  public List<String> statesEntered() {
    return visits.stream().map(StateVisit::stateName).toList();
  }

  /** The error and cause of a failure event; Map and Parallel carry theirs on an earlier event. */
  public Failure failureOf(HistoryEvent failure) {
    for (int i = (int) failure.id() - 1; i >= 0; i--) {
      HistoryEvent e = history.get(i);
      if (e.error() != null || e.cause() != null) {
        return new Failure(e.error(), e.cause());
      }
    }
    return new Failure(null, null);
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

  /** An error name and its cause, either possibly null. */
  public record Failure(String error, String cause) {}

  /** The status with the error and cause, e.g. {@code FAILED with States.TaskFailed ("boom")}. */
  public String outcome() {
    ExecutionStatus status = execution.status();
    if (status == ExecutionStatus.SUCCEEDED || status == ExecutionStatus.RUNNING) {
      return status.name();
    }
    String error = execution.error() == null ? "" : " with " + execution.error();
    String cause = execution.cause() == null ? "" : " (\"" + execution.cause() + "\")";
    return status + error + cause;
  }

  /** The readable trace failure messages and the test watcher print. */
  public String render() {
    return TraceRenderer.render(this);
  }

  private void build() {
    Map<Long, HistoryEvent> byId = new HashMap<>();
    Map<Long, StateVisit> enteredVisits = new HashMap<>();
    Map<Long, StateVisit> exitedVisits = new HashMap<>();
    for (HistoryEvent e : history) {
      byId.put(e.id(), e);
      if (e.type().isStateEntered()) {
        StateVisit visit = new StateVisit(e, openOwner(e, byId, enteredVisits, null));
        visits.add(visit);
        enteredVisits.put(e.id(), visit);
        StateVisit previous = exitedVisits.get(e.previousEventId());
        if (previous != null && previous.lastAttemptFailed()) {
          previous.caughtInto(e.stateName());
        }
        continue;
      }
      StateVisit owner =
          openOwner(e, byId, enteredVisits, e.type().isStateExited() ? e.stateName() : null);
      if (owner == null) {
        continue;
      }
      if (e.type().isStateExited()) {
        owner.exit(e);
        exitedVisits.put(e.id(), owner);
      } else {
        owner.add(e);
      }
    }
  }

  /**
   * The innermost visit still open that {@code e} follows from: walks the previousEventId chain
   * back to a state entered event whose visit has not exited (and has {@code name}, if given).
   */
  private static StateVisit openOwner(
      HistoryEvent e, Map<Long, HistoryEvent> byId, Map<Long, StateVisit> entered, String name) {
    for (HistoryEvent p = byId.get(e.previousEventId());
        p != null;
        p = byId.get(p.previousEventId())) {
      StateVisit v = entered.get(p.id());
      if (v != null && v.exited() == null && (name == null || name.equals(v.stateName()))) {
        return v;
      }
    }
    return null;
  }
}
