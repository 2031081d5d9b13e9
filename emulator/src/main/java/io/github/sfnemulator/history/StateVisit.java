package io.github.sfnemulator.history;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One visit of a state, read from history: from its {@code *StateEntered} event to its {@code
 * *StateExited} event, with the attempts in between. A state in a loop, a Map iteration or a
 * Parallel branch has one visit each time it is entered. Built by {@link ExecutionTrace}.
 *
 * <pre>{@code
 * StateVisit charge = trace.visits("Charge").get(0);
 * charge.retries();   // 2
 * charge.errors();    // [StateError[error=Lambda.TooManyRequestsException, ...], ...]
 * charge.output();    // {"charged":true}
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateVisit {
  private final HistoryEvent entered;
  private final StateVisit parent;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<StateError> errors = new ArrayList<>();
  private HistoryEvent exited;
  private String caughtInto;

  StateVisit(HistoryEvent entered, StateVisit parent) {
    this.entered = entered;
    this.parent = parent;
  }

  public String stateName() {
    return entered.stateName();
  }

  /** Task, Pass, Map... from the entered event's type. */
  public String stateType() {
    String type = entered.type().name();
    return type.substring(0, type.length() - "StateEntered".length());
  }

  /** 0 for a top-level state, 1 inside a Map or Parallel, ... */
  public int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  /** The visit of the Map or Parallel state this one runs in, or null at the top level. */
  public StateVisit parent() {
    return parent;
  }

  public HistoryEvent entered() {
    return entered;
  }

  /** The exited event, or null while in progress or when the state failed the execution. */
  public HistoryEvent exited() {
    return exited;
  }

  /** Events of this visit after the entered event, the exited event included. */
  public List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  /** The input the state received (JSON text). */
  public String input() {
    return entered.input();
  }

  /** The output the state passed on (JSON text), or null when it did not exit. */
  public String output() {
    return exited == null ? null : exited.output();
  }

  /** Attempts minus one: each attempt starts with a scheduled or started event. */
  public int retries() {
    long attempts = events.stream().filter(e -> TraceEvents.isAttemptStart(e.type())).count();
    return (int) Math.max(0, attempts - 1);
  }

  /** The errors of the failed attempts, oldest first. */
  public List<StateError> errors() {
    return List.copyOf(errors);
  }

  /** Whether the last attempt failed and a Catch led the execution on. */
  public boolean caught() {
    return exited != null && lastAttemptFailed();
  }

  /** The state a Catch led to, or null when no Catch was taken. */
  public String caughtInto() {
    return caughtInto;
  }

  /** Whether the last attempt ended in a failure event. */
  public boolean lastAttemptFailed() {
    for (int i = events.size() - 1; i >= 0; i--) {
      HistoryEvent e = events.get(i);
      if (TraceEvents.isFailure(e.type())) {
        return true;
      }
      if (TraceEvents.isSuccess(e.type()) || TraceEvents.isAttemptStart(e.type())) {
        return false;
      }
    }
    return false;
  }

  StateError lastError() {
    return errors.get(errors.size() - 1);
  }

  void add(HistoryEvent e) {
    events.add(e);
  }

  void fail(HistoryEvent e, StateError error) {
    events.add(e);
    errors.add(error);
  }

  void exit(HistoryEvent e) {
    events.add(e);
    exited = e;
  }

  void catchLedTo(String state) {
    caughtInto = state;
  }
}
