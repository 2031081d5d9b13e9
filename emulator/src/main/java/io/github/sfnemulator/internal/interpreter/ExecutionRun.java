package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.json.Payloads;
import io.github.sfnemulator.internal.model.StateMachineDefinition;
import io.github.sfnemulator.mock.OptionalTaskResponder;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One execution: its history (the single source of truth), its root fiber and its outcome. All
 * mutation happens under its {@link Lane}'s lock; the outcome fields are volatile for readers, and
 * the history is read without a lock (EventLog), so reading never waits for a step.
 */
public final class ExecutionRun implements FiberOwner, ChildHolder {
  /**
   * AWS fails an execution when its history reaches this many events: event 25,000 is the
   * ExecutionFailed event ("Maximum execution history size", Step Functions service quotas).
   */
  static final int MAX_HISTORY_EVENTS = 25_000;

  /** AWS redrives an execution up to 14 days after it stopped (API reference, RedriveExecution). */
  private static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);

  final Engine engine;
  final Lane lane;

  /** Its state machine type's maximum execution time: it times out there at the latest. */
  private final Duration maxDuration;

  final ExecutionInfo info;
  final StateMachineDefinition definition;
  final TaskResponder responder;

  /** The MockConfigFile test case selected for this execution, or null. */
  private final OptionalTaskResponder testCase;

  /** Seeds {@link #random()}, made on first use: most executions never draw. */
  private final long seed;

  private SplittableRandom random;
  final ChildExecutions children;
  private final List<Runnable> onEnd = new ArrayList<>(4);
  private final EventLog history = new EventLog();

  /** Appended under the lane's lock, copied by readers; replaced, never changed. */
  private volatile List<StartedChild> startedChildren = List.of();

  /**
   * Calls per Task state so far, by state name, under the lane's lock: parallel arrays searched in
   * order, since an execution calls few distinct states (a map cost a boxed count and a table).
   */
  private String[] invokedStates;

  private int[] invocationCounts;
  private int invokedCount;

  private Fiber root;
  private Timer timeout;
  private boolean historyFull;

  /** Its fibers that wait for outside input; given back to the engine when it ends. */
  /** Written under the lane's lock, read by a caller awaiting the engine. */
  private volatile int externalWaits;

  private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
  private volatile JsonNode output;
  private volatile String error;
  private volatile String cause;
  private volatile Instant stopDate;
  private volatile int redriveCount;
  private volatile Instant redriveDate;

  /** Replaced, never changed, under the lane's lock. */
  private volatile List<MapRunProgress> mapRuns = List.of();

  public ExecutionRun(
      Engine engine,
      Lane lane,
      Duration maxDuration,
      ExecutionInfo info,
      StateMachineDefinition definition,
      TaskResponder responder,
      OptionalTaskResponder testCase,
      ChildExecutions children,
      long seed) {
    this.engine = engine;
    this.lane = lane;
    this.maxDuration = maxDuration;
    this.testCase = testCase;
    this.children = children;
    this.info = info;
    this.definition = definition;
    this.responder = responder;
    this.seed = seed;
  }

  /** Writes ExecutionStarted and schedules the first state. Call under the lane's lock. */
  public void start() {
    try {
      begin();
    } catch (RuntimeException | Error e) {
      crashed(null, e);
    }
  }

  private void begin() {
    recordLazily(
        0, HistoryEventType.ExecutionStarted, "executionStartedEventDetails", this::startedDetails);
    if (Payloads.exceedsLimit(info.input())) {
      // an execution that ends always ends with its terminal event
      finishFailed(
          history.size(), StatesErrors.DATA_LIMIT_EXCEEDED, "The input exceeds the maximum size.");
      return;
    }
    // AWS links the first state's entered event to nothing (0), not to ExecutionStarted
    root = Fiber.root(this, definition.workflow(), info.input(), 0);
    root.schedule();
    scheduleTimeout(info.startTime());
  }

  /**
   * The execution's TimeoutSeconds from {@code from}, or else the longest AWS lets it run from its
   * start: either way it ends there, and no timer beyond it ever moves the clock.
   */
  private void scheduleTimeout(Instant from) {
    Instant quota = Deadlines.after(info.startTime(), maxDuration);
    Instant limit = quota;
    Integer seconds = definition.timeoutSeconds();
    if (seconds != null) {
      limit = min(limit, Deadlines.afterSeconds(from, (long) seconds));
    }
    timeout = engine.schedule(this, limit, this::timedOut, limit.equals(quota));
  }

  /**
   * Why RedriveExecution would refuse this execution now (DescribeExecution's redriveStatusReason),
   * or null when it may be redriven. Conditions from the API reference's RedriveExecution: not
   * SUCCEEDED or RUNNING, within 14 days of its stop, within its maximum open time, and fewer than
   * 24,999 history events.
   */
  public String redriveBlocker() {
    ExecutionStatus s = status;
    Instant stopped = stopDate;
    if (!s.isTerminal() || s == ExecutionStatus.SUCCEEDED || stopped == null) {
      return "Execution is "
          + (stopped == null ? ExecutionStatus.RUNNING : s)
          + " and cannot be redriven";
    }
    if (historyFull || history.size() >= MAX_HISTORY_EVENTS - 1) {
      return "Execution history event limit exceeded";
    }
    Instant now = engine.now();
    if (!now.isBefore(Deadlines.after(info.startTime(), maxDuration))) {
      return "Execution has exceeded the max execution time";
    }
    if (now.isAfter(Deadlines.after(stopped, REDRIVABLE_PERIOD))) {
      return "Execution redrivable period exceeded";
    }
    return null;
  }

  /**
   * RedriveExecution: writes ExecutionRedriven and goes on from where the execution stopped — the
   * state that failed (or was running when it was stopped or timed out) is entered again with its
   * input; a Map or Parallel there runs only its unsuccessful iterations or branches. The
   * TimeoutSeconds count starts again. Call under the lane's lock, after {@link #redriveBlocker()}
   * found nothing.
   */
  public void redrive() {
    // RUNNING first: a reader that still sees the old status also sees its stop date
    status = ExecutionStatus.RUNNING;
    redriveCount++;
    redriveDate = engine.now();
    output = null;
    error = null;
    cause = null;
    stopDate = null;
    long redriven =
        record(
            history.size(),
            HistoryEventType.ExecutionRedriven,
            "executionRedrivenEventDetails",
            Events.small().put("redriveCount", redriveCount));
    try {
      Fiber stopped = root;
      root =
          stopped == null
              ? Fiber.root(this, definition.workflow(), info.input(), redriven)
              : Fiber.redriven(stopped, this, redriven);
      root.schedule();
      scheduleTimeout(redriveDate);
    } catch (RuntimeException | Error e) {
      crashed(null, e);
    }
  }

  /** How many times the execution was redriven (0: never). */
  public int redriveCount() {
    return redriveCount;
  }

  /** When it was last redriven, or null. */
  public Instant redriveDate() {
    return redriveDate;
  }

  /** Its Distributed Maps' runs, oldest first. */
  public List<MapRunProgress> mapRuns() {
    return mapRuns;
  }

  void mapRunStarted(MapRunProgress run) {
    mapRuns = appended(mapRuns, run);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private ObjectNode startedDetails() {
    ObjectNode details = Events.small();
    details.put("input", info.inputText() != null ? info.inputText() : Json.write(info.input()));
    details.set("inputDetails", Events.notTruncated());
    details.put("roleArn", info.roleArn());
    if (info.aliasArn() != null) {
      details.put("stateMachineAliasArn", info.aliasArn());
    }
    if (info.versionArn() != null) {
      details.put("stateMachineVersionArn", info.versionArn());
    }
    return details;
  }

  /**
   * Appends an event with its details built (null: none); returns its id. Under the lane's lock.
   */
  long record(long previousEventId, HistoryEventType type, String detailsKey, ObjectNode details) {
    long id = history.size() + 1;
    return append(
        details == null
            ? HistoryEvent.withLazyDetails(
                id, previousEventId, engine.now(), type, detailsKey, Events::small)
            : new HistoryEvent(id, previousEventId, engine.now(), type, detailsKey, details));
  }

  /** Appends an event whose details are built when first read; returns its id. */
  long recordLazily(
      long previousEventId,
      HistoryEventType type,
      String detailsKey,
      Supplier<ObjectNode> details) {
    long id = history.size() + 1;
    return append(
        HistoryEvent.withLazyDetails(
            id,
            previousEventId,
            engine.now(),
            type,
            detailsKey,
            details == null ? Events::small : details));
  }

  /**
   * Adds an event, unless the execution has ended: once the terminal event is written nothing
   * follows it. When the history reaches 24,999 events with the execution still running, event
   * 25,000 is its ExecutionFailed, as in AWS; the states in progress write no aborted events.
   */
  private long append(HistoryEvent event) {
    if (historyFull || status.isTerminal()) {
      return event.id() - 1;
    }
    history.add(event);
    int size = history.size();
    if (size == MAX_HISTORY_EVENTS - 1 && !endsExecution(event.type())) {
      historyFull = true;
      abortFibers();
      String why =
          "The execution reached the maximum number of history events ("
              + MAX_HISTORY_EVENTS
              + ").";
      history.add(
          new HistoryEvent(
              MAX_HISTORY_EVENTS,
              event.id(),
              engine.now(),
              HistoryEventType.ExecutionFailed,
              "executionFailedEventDetails",
              Events.errorDetails(StatesErrors.RUNTIME, why)));
      finish(ExecutionStatus.FAILED, null, StatesErrors.RUNTIME, why);
    }
    return event.id();
  }

  private static boolean endsExecution(HistoryEventType type) {
    return switch (type) {
      case ExecutionSucceeded, ExecutionFailed, ExecutionAborted, ExecutionTimedOut -> true;
      default -> false;
    };
  }

  /**
   * Something other than a States error escaped while advancing this execution (a bug, a
   * responder's exception, a StackOverflowError): it fails with {@code States.Runtime} and a cause
   * that names the state, and every other execution goes on. Under the lane's lock.
   */
  void crashed(Fiber fiber, Throwable e) {
    if (status.isTerminal()) {
      return;
    }
    try {
      String where =
          fiber == null || fiber.state == null
              ? "An error occurred while running the execution. "
              : "An error occurred while executing the state '"
                  + fiber.state.name()
                  + "' (entered at the event id #"
                  + fiber.enteredEventId
                  + "). ";
      String why = where + Crash.describe(e);
      try {
        abortFibers();
      } catch (RuntimeException | Error again) {
        // The aborted events are lost; the execution still ends.
      }
      finishFailed(fiber == null ? history.size() : fiber.lastEventId, StatesErrors.RUNTIME, why);
    } catch (RuntimeException | Error again) {
      endUnrecorded(StatesErrors.RUNTIME, CRASH_UNRECORDED);
    }
  }

  private static final String CRASH_UNRECORDED =
      "An error occurred while running the execution, and another while recording it (the JVM may"
          + " be out of memory).";

  /**
   * The last resort when even the failure could not be recorded (out of memory, most likely): the
   * execution ends FAILED, its terminal event written if that still works, rather than stay RUNNING
   * for good.
   */
  private void endUnrecorded(String err, String why) {
    if (status.isTerminal()) {
      return;
    }
    try {
      record(
          history.size(),
          HistoryEventType.ExecutionFailed,
          "executionFailedEventDetails",
          Events.errorDetails(err, why));
    } catch (RuntimeException | Error ignored) {
      // the history ends without its terminal event; the status still says how it ended
    }
    try {
      finish(ExecutionStatus.FAILED, null, err, why);
    } catch (RuntimeException | Error ignored) {
      error = err;
      cause = why;
      status = ExecutionStatus.FAILED;
    }
  }

  /** A resource's answer, and whether the selected MockConfigFile test case gave it. */
  record Answer(TaskResponse response, boolean fromTestCase) {}

  /** Asks the test case (if one is selected), then the responder. */
  Answer respond(TaskCall call) {
    if (testCase != null) {
      java.util.Optional<TaskResponse> mocked = testCase.tryRespond(call);
      if (mocked.isPresent()) {
        return new Answer(mocked.get(), true);
      }
    }
    return new Answer(responder.respond(call), false);
  }

  /** The 0-based number of earlier calls of Task state {@code stateName}; counts this one. */
  int nextInvocation(String stateName) {
    for (int i = 0; i < invokedCount; i++) {
      if (invokedStates[i].equals(stateName)) {
        return invocationCounts[i]++;
      }
    }
    if (invokedStates == null) {
      invokedStates = new String[4];
      invocationCounts = new int[4];
    } else if (invokedCount == invokedStates.length) {
      invokedStates = Arrays.copyOf(invokedStates, invokedCount * 2);
      invocationCounts = Arrays.copyOf(invocationCounts, invokedCount * 2);
    }
    invokedStates[invokedCount] = stateName;
    invocationCounts[invokedCount++] = 1;
    return 0;
  }

  @Override
  public void onFiberSucceeded(Fiber fiber, JsonNode out) {
    Supplier<ObjectNode> details =
        () -> {
          ObjectNode d = Events.small();
          d.put("output", Json.write(out));
          d.set("outputDetails", Events.notTruncated());
          return d;
        };
    recordLazily(
        fiber.lastEventId,
        HistoryEventType.ExecutionSucceeded,
        "executionSucceededEventDetails",
        details);
    finish(ExecutionStatus.SUCCEEDED, out, null, null);
  }

  @Override
  public void onFiberFailed(Fiber fiber, StatesException failure) {
    finishFailed(fiber.lastEventId, failure.error(), failure.cause());
  }

  private void finishFailed(long previous, String err, String why) {
    record(
        previous,
        HistoryEventType.ExecutionFailed,
        "executionFailedEventDetails",
        Events.errorDetails(err, why));
    finish(ExecutionStatus.FAILED, null, err, why);
  }

  /** StopExecution: aborts every running state and ends ABORTED. Call under the lane's lock. */
  public boolean stop(String err, String why) {
    if (status.isTerminal()) {
      return false;
    }
    abortFibers();
    record(
        history.size(),
        HistoryEventType.ExecutionAborted,
        "executionAbortedEventDetails",
        Events.errorDetails(err, why));
    finish(ExecutionStatus.ABORTED, null, err, why);
    return true;
  }

  private void timedOut() {
    if (status.isTerminal()) {
      return;
    }
    abortFibers();
    record(
        history.size(),
        HistoryEventType.ExecutionTimedOut,
        "executionTimedOutEventDetails",
        Events.errorDetails(StatesErrors.TIMEOUT, null));
    finish(ExecutionStatus.TIMED_OUT, null, StatesErrors.TIMEOUT, null);
  }

  private void abortFibers() {
    if (root != null) {
      root.abort();
    }
  }

  /** Whether a fiber of this execution waits for a task token or an activity worker. */
  boolean waitsForOutsideInput() {
    return externalWaits > 0;
  }

  /**
   * A fiber starts (1) or stops (-1) waiting for outside input: an awaiting caller reads this to
   * tell a stalled execution from one whose timers still lead somewhere.
   */
  void externalWait(int delta) {
    if (status.isTerminal()) {
      return;
    }
    externalWaits += delta;
  }

  private void finish(ExecutionStatus s, JsonNode out, String err, String why) {
    if (timeout != null) {
      timeout.cancel();
    }
    externalWaits = 0;
    this.output = out;
    this.error = err;
    this.cause = why;
    this.stopDate = engine.now();
    this.status = s;
    onEnd.forEach(Runnable::run);
    onEnd.clear();
  }

  /** The lane this execution advances in. */
  public Lane lane() {
    return lane;
  }

  /** Runs {@code action} when the execution ends (under the lane's lock). */
  public void onEnd(Runnable action) {
    if (status.isTerminal()) {
      action.run();
    } else {
      onEnd.add(action);
    }
  }

  public ExecutionInfo info() {
    return info;
  }

  public ExecutionStatus status() {
    return status;
  }

  public boolean isTerminal() {
    return status.isTerminal();
  }

  public JsonNode output() {
    return output;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  public Instant stopDate() {
    return stopDate;
  }

  @Override
  public void addChild(StartedChild child) {
    startedChildren = appended(startedChildren, child);
  }

  @Override
  public String executionName() {
    return info.name();
  }

  /** The child executions it started, in the order they started. */
  public List<StartedChild> startedChildren() {
    return startedChildren;
  }

  /**
   * The execution's random source (task tokens, jittered back-off, {@code States.UUID}), seeded per
   * execution so runs repeat; under the lane's lock.
   */
  SplittableRandom random() {
    if (random == null) {
      random = new SplittableRandom(seed);
    }
    return random;
  }

  /** {@code list} and then {@code item}, as a new unmodifiable list. */
  private static <T> List<T> appended(List<T> list, T item) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(item);
    return java.util.Collections.unmodifiableList(out);
  }

  /** A copy of the history so far; never waits for a step in progress. */
  public List<HistoryEvent> history() {
    return history.snapshot();
  }
}
