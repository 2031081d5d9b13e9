package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.PayloadMeter;
import io.github.sfnemulator.internal.model.State;
import io.github.sfnemulator.internal.model.WaitState;
import io.github.sfnemulator.internal.model.Workflow;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Where one thread of an execution stands: the execution itself, a Parallel branch or a Map
 * iteration. The engine advances it step by step; a step runs until the fiber completes, moves to
 * its next state, or blocks on a timer, on child fibers, or on outside input.
 */
final class Fiber {
  enum Phase {
    ENTER,
    START,
    RESUME,
    BUSY,
    BLOCKED,
    DONE
  }

  final ExecutionRun run;
  final Workflow workflow;
  final FiberOwner owner;

  /** Branch or iteration index; 0 for the execution's own fiber. */
  final int index;

  /** {@code {"Index": i, "Value": item}} for Map iterations, else null. */
  final JsonNode mapItem;

  /**
   * The child execution whose history this fiber writes: a Distributed Map's iteration (and the
   * branches and iterations inside it) runs as a child execution, not in this history; null for the
   * execution's own history.
   */
  final MapRunChild mapRunChild;

  Variables variables;
  State state;
  JsonNode rawInput;
  long enteredEventId;
  Instant enteredTime;
  long lastEventId;

  /** The event this fiber's current state's entered event follows. */
  long enteredPreviousEventId;

  Phase phase = Phase.ENTER;
  int[] retryAttempts;
  int retryCount;

  /** Per-state working data of the state's runner. */
  Object activation;

  /**
   * The fiber of the earlier attempt this one redrives, while its first state has not started: a
   * Map or Parallel takes it to keep the results of the iterations and branches that succeeded.
   */
  private Fiber redriveOf;

  /** Measures this fiber's state inputs and outputs against the payload limit. */
  private final PayloadMeter payloads = new PayloadMeter();

  private Runnable resumeAction;
  private Timer timer;
  private boolean waitingExternal;

  /** Whether the fiber waits in its lane's ready queue; it then runs from there, in turn. */
  private boolean queued;

  private Fiber(
      ExecutionRun run,
      Workflow workflow,
      FiberOwner owner,
      int index,
      JsonNode mapItem,
      Variables variables,
      JsonNode input,
      long previousEventId,
      MapRunChild mapRunChild) {
    this.run = run;
    this.mapRunChild = mapRunChild;
    this.workflow = workflow;
    this.owner = owner;
    this.index = index;
    this.mapItem = mapItem;
    this.variables = variables;
    this.state = workflow.start();
    this.rawInput = input;
    this.lastEventId = previousEventId;
  }

  /** The execution's own fiber, for an input the execution has found within the payload limit. */
  static Fiber root(ExecutionRun run, Workflow workflow, JsonNode input, long previousEventId) {
    Fiber root =
        new Fiber(run, workflow, run, 0, null, Variables.EMPTY, input, previousEventId, null);
    root.payloads.accept(input);
    return root;
  }

  /**
   * A fiber that goes on where {@code stopped} (of an ended attempt of the same execution) stopped:
   * it enters the same state with the same input and variables, after {@code previousEventId}.
   */
  static Fiber redriven(Fiber stopped, FiberOwner owner, long previousEventId) {
    Fiber f =
        new Fiber(
            stopped.run,
            stopped.workflow,
            owner,
            stopped.index,
            stopped.mapItem,
            stopped.variables,
            stopped.rawInput,
            previousEventId,
            stopped.mapRunChild);
    f.state = stopped.state;
    f.redriveOf = stopped;
    return f;
  }

  /** The earlier attempt's fiber this one redrives (see {@link #redriven}), once. */
  Fiber takeRedriveSource() {
    Fiber stopped = redriveOf;
    redriveOf = null;
    return stopped;
  }

  /**
   * A branch or iteration fiber started by {@code parent}'s current state; {@code childExecution}
   * is the history of the Distributed Map iteration it starts, or null to write where this fiber
   * writes.
   */
  Fiber child(
      Workflow body,
      FiberOwner childOwner,
      int childIndex,
      JsonNode item,
      JsonNode input,
      long previousEventId,
      MapRunChild childExecution) {
    return new Fiber(
        run,
        body,
        childOwner,
        childIndex,
        item,
        variables.child(),
        input,
        previousEventId,
        childExecution != null ? childExecution : mapRunChild);
  }

  /** Where the child executions this fiber starts are registered. */
  ChildHolder childHolder() {
    return mapRunChild != null ? mapRunChild : run;
  }

  /** Writes an event that follows {@code previousEventId}, where this fiber writes. */
  long recordAfter(
      long previousEventId, HistoryEventType type, String detailsKey, ObjectNode details) {
    return mapRunChild != null
        ? mapRunChild.record(previousEventId, type, detailsKey, details)
        : run.record(previousEventId, type, detailsKey, details);
  }

  void run() {
    queued = false;
    try {
      step();
    } catch (RuntimeException | Error e) {
      // Not a States error: a bug, a responder's exception, a StackOverflowError. It ends this
      // execution, never the caller's thread or another execution.
      phase = Phase.DONE;
      run.crashed(this, e);
    }
  }

  private void step() {
    while (!run.isTerminal() && !queued) {
      switch (phase) {
        case ENTER -> enter();
        case START -> startState();
        case RESUME -> {
          Runnable action = resumeAction;
          resumeAction = null;
          invoke(action);
        }
        case BUSY ->
            throw new IllegalStateException("State '" + state.name() + "' did not move on");
        case BLOCKED, DONE -> {
          return;
        }
      }
    }
  }

  private void enter() {
    enteredTime = run.engine.now();
    enteredPreviousEventId = lastEventId;
    retryAttempts = null;
    retryCount = 0;
    activation = null;
    JsonNode input = rawInput;
    HistoryEventType type = EventTypes.entered(state.type());
    Supplier<ObjectNode> details;
    if (owner == run && lastEventId == 0 && run.info.inputText() != null) {
      details = new Events.FirstStateEntered(state.name(), run.info.inputText());
    } else {
      details = new Events.StateEntered(state.name(), input);
    }
    enteredEventId = recordLazily(type, "stateEnteredEventDetails", details);
    if (payloads.exceedsLimit(input)) {
      phase = Phase.BUSY;
      fail(
          new TaskFailure(
              StatesErrors.DATA_LIMIT_EXCEEDED,
              "The state input exceeds the maximum number of bytes service limit."));
      return;
    }
    phase = Phase.START;
  }

  /** Runs the state's work (not through {@link #invoke}: no lambda per state). */
  private void startState() {
    phase = Phase.BUSY;
    try {
      StateRunners.start(this);
    } catch (StatesException e) {
      fail(e);
    }
  }

  private void invoke(Runnable action) {
    phase = Phase.BUSY;
    try {
      action.run();
    } catch (StatesException e) {
      fail(e);
    }
  }

  /** Writes an event that follows this fiber's previous one. */
  long record(HistoryEventType type, String detailsKey, ObjectNode details) {
    lastEventId = recordAfter(lastEventId, type, detailsKey, details);
    return lastEventId;
  }

  /**
   * Writes a detail-less event that the state's next event does not follow: AWS links a Map's or
   * Parallel's exit to the event before its MapStateSucceeded / ParallelStateSucceeded.
   */
  void recordUnlinked(HistoryEventType type) {
    long previous = lastEventId;
    record(type, null, null);
    lastEventId = previous;
  }

  /** Writes an event whose details are built only if someone reads them. */
  long recordLazily(HistoryEventType type, String detailsKey, Supplier<ObjectNode> details) {
    lastEventId =
        mapRunChild != null
            ? mapRunChild.recordLazily(lastEventId, type, detailsKey, details)
            : run.recordLazily(lastEventId, type, detailsKey, details);
    return lastEventId;
  }

  /** Leaves the current state with {@code output} towards its Next (or the end). */
  void exit(JsonNode output, JsonNode assigned) {
    exitTo(state.common().transition().next(), output, assigned);
  }

  /** Leaves the current state with {@code output} towards {@code next} (null: the end). */
  void exitTo(String next, JsonNode output, JsonNode assigned) {
    if (payloads.exceedsLimit(output)) {
      // AWS fails the state without an exited event: the output never left it
      finishFailed(
          new TaskFailure(
              StatesErrors.DATA_LIMIT_EXCEEDED,
              "The state/task '"
                  + state.name()
                  + "' returned a result with a size exceeding the maximum number of bytes service limit."));
      return;
    }
    redriveOf = null;
    HistoryEventType type = EventTypes.exited(state.type());
    recordLazily(
        type, "stateExitedEventDetails", new Events.StateExited(state.name(), output, assigned));
    if (run.isTerminal()) {
      return;
    }
    if (next == null) {
      phase = Phase.DONE;
      owner.onFiberSucceeded(this, output);
    } else {
      state = workflow.state(next);
      rawInput = output;
      phase = Phase.ENTER;
    }
  }

  /** Ends this fiber without leaving the state (a Fail state, or an error nobody caught). */
  void finishFailed(StatesException failure) {
    phase = Phase.DONE;
    owner.onFiberFailed(this, failure);
  }

  /** Handles a failure of the current state: Retry, then Catch, then fail the fiber. */
  void fail(StatesException e) {
    StatesException failure = e instanceof TaskFailure ? e : StateErrors.located(this, e);
    if (failure != e && StatesErrors.QUERY_EVALUATION_ERROR.equals(failure.error())) {
      ObjectNode details = Events.errorDetails(failure.error(), failure.cause());
      if (failure.location() != null) {
        details.put("location", failure.location());
      }
      details.put("state", state.name());
      // A failure as the state is entered (Pass, Map's Items, a Catch's target) follows the event
      // before the entered event; a Wait evaluates after entering, and a Task's Output after its
      // result: those follow the state's last event
      if (!(state instanceof WaitState) && lastEventId == enteredEventId) {
        lastEventId = enteredPreviousEventId;
      }
      record(HistoryEventType.EvaluationFailed, "evaluationFailedEventDetails", details);
    }
    ErrorRecovery.handle(this, failure);
  }

  /** Blocks until {@code due}, then runs {@code onFire}. */
  void blockUntil(Instant due, Runnable onFire) {
    blockUntil(due, null, onFire);
  }

  /**
   * Blocks until {@code due}; then {@code atDue} runs at once (it may record what the service
   * records at that instant) and {@code onFire} runs as the fiber's next step.
   */
  void blockUntil(Instant due, Runnable atDue, Runnable onFire) {
    phase = Phase.BLOCKED;
    timer = run.engine.schedule(run, due, new Wakeup(atDue, onFire));
  }

  /** What a blocked fiber's timer does when it fires (a class: see {@link Events.StateEntered}). */
  private final class Wakeup implements Runnable {
    private final Runnable atDue;
    private final Runnable onFire;

    Wakeup(Runnable atDue, Runnable onFire) {
      this.atDue = atDue;
      this.onFire = onFire;
    }

    @Override
    public void run() {
      timer = null;
      if (phase == Phase.DONE) {
        return;
      }
      if (atDue != null) {
        atDue.run();
      }
      resume(onFire);
    }
  }

  /** Blocks until a child fiber or the outside calls {@link #resume}. */
  void block(boolean external) {
    phase = Phase.BLOCKED;
    if (external && !waitingExternal) {
      waitingExternal = true;
      run.externalWait(1);
    }
  }

  /** Makes this fiber runnable again; {@code action} runs as its next step. */
  void resume(Runnable action) {
    if (phase == Phase.DONE) {
      return;
    }
    stopWaitingExternal();
    resumeAction = action;
    phase = Phase.RESUME;
    schedule();
  }

  /** Puts this fiber in its lane's ready queue, once. */
  void schedule() {
    if (!queued) {
      queued = true;
      run.lane.makeReady(this);
    }
  }

  /** Stops this fiber where it is, writing the aborted events of its state and children. */
  void abort() {
    if (phase == Phase.DONE) {
      return;
    }
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    stopWaitingExternal();
    boolean inState = phase == Phase.BLOCKED || phase == Phase.RESUME;
    phase = Phase.DONE;
    if (inState) {
      StateRunners.abort(this);
    }
  }

  private void stopWaitingExternal() {
    if (waitingExternal) {
      waitingExternal = false;
      run.externalWait(-1);
    }
  }
}
