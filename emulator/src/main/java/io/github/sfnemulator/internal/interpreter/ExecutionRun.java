package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.StateMachineDefinition;
import io.github.sfnemulator.mock.OptionalTaskResponder;
import io.github.sfnemulator.mock.TaskCall;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import io.github.sfnemulator.internal.json.Payloads;

/**
 * One execution: its history (the single source of truth), its root fiber and its outcome. All
 * mutation happens under the engine lock; the outcome fields are volatile for readers.
 */
public final class ExecutionRun implements FiberOwner {
  /** AWS fails an execution whose history would exceed this many events. */
  static final int MAX_HISTORY_EVENTS = 25_000;

  final Engine engine;
  final ExecutionInfo info;
  final StateMachineDefinition definition;
  final TaskResponder responder;
  /** The MockConfigFile test case selected for this execution, or null. */
  private final OptionalTaskResponder testCase;
  final SplittableRandom random;
  final ChildExecutions children;
  private final List<Runnable> onEnd = new ArrayList<>();
  private final List<HistoryEvent> history = new ArrayList<>();
  private final Map<String, Integer> invocations = new HashMap<>();
  private Fiber root;
  private Timer timeout;
  private boolean historyFull;
  private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
  private volatile JsonNode output;
  private volatile String error;
  private volatile String cause;
  private volatile Instant stopDate;

  public ExecutionRun(
      Engine engine,
      ExecutionInfo info,
      StateMachineDefinition definition,
      TaskResponder responder,
      OptionalTaskResponder testCase,
      ChildExecutions children,
      long seed) {
    this.engine = engine;
    this.testCase = testCase;
    this.children = children;
    this.info = info;
    this.definition = definition;
    this.responder = responder;
    this.random = new SplittableRandom(seed);
  }

  /** Writes ExecutionStarted and schedules the first state. Call under the engine lock. */
  public void start() {
    recordLazily(0, HistoryEventType.ExecutionStarted, "executionStartedEventDetails", this::startedDetails);
    if (Payloads.exceedsLimit(info.input())) {
      // an execution that ends always ends with its terminal event
      finishFailed(StatesErrors.DATA_LIMIT_EXCEEDED, "The input exceeds the maximum size.");
      return;
    }
    // AWS links the first state's entered event to nothing (0), not to ExecutionStarted
    root = Fiber.root(this, definition.workflow(), info.input(), 0);
    root.schedule();
    Integer seconds = definition.timeoutSeconds();
    if (seconds != null) {
      timeout = engine.schedule(info.startTime().plusSeconds(seconds), this::timedOut);
    }
  }

  private ObjectNode startedDetails() {
    ObjectNode details = Events.small();
    details.put("input", info.inputText() != null ? info.inputText() : Json.write(info.input()));
    details.set("inputDetails", Events.notTruncated());
    details.put("roleArn", info.roleArn());
    return details;
  }

  /** Appends an event with its details built (null: none); returns its id. Under the engine lock. */
  long record(long previousEventId, HistoryEventType type, String detailsKey, ObjectNode details) {
    long id = history.size() + 1;
    return append(
        details == null
            ? HistoryEvent.withLazyDetails(id, previousEventId, engine.now(), type, detailsKey, Events::small)
            : new HistoryEvent(id, previousEventId, engine.now(), type, detailsKey, details));
  }

  /** Appends an event whose details are built when first read; returns its id. */
  long recordLazily(long previousEventId, HistoryEventType type, String detailsKey, Supplier<ObjectNode> details) {
    long id = history.size() + 1;
    return append(
        HistoryEvent.withLazyDetails(
            id, previousEventId, engine.now(), type, detailsKey, details == null ? Events::small : details));
  }

  private long append(HistoryEvent event) {
    history.add(event);
    if (history.size() >= MAX_HISTORY_EVENTS - 1 && !status.isTerminal() && !historyFull) {
      // The events written while ending the execution come back here: end it only once.
      historyFull = true;
      abortFibers();
      finishFailed(
          StatesErrors.RUNTIME,
          "The execution reached the maximum number of history events ("
              + MAX_HISTORY_EVENTS
              + ").");
    }
    return event.id();
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
    int n = invocations.getOrDefault(stateName, 0);
    invocations.put(stateName, n + 1);
    return n;
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
    recordLazily(fiber.lastEventId, HistoryEventType.ExecutionSucceeded, "executionSucceededEventDetails", details);
    finish(ExecutionStatus.SUCCEEDED, out, null, null);
  }

  @Override
  public void onFiberFailed(Fiber fiber, StatesException failure) {
    finishFailed(fiber.lastEventId, failure.error(), failure.cause());
  }

  private void finishFailed(String err, String why) {
    finishFailed(history.size(), err, why);
  }

  private void finishFailed(long previous, String err, String why) {
    record(previous, HistoryEventType.ExecutionFailed, "executionFailedEventDetails", Events.errorDetails(err, why));
    finish(ExecutionStatus.FAILED, null, err, why);
  }

  /** StopExecution: aborts every running state and ends ABORTED. Call under the engine lock. */
  public boolean stop(String err, String why) {
    if (status.isTerminal()) {
      return false;
    }
    abortFibers();
    record(history.size(), HistoryEventType.ExecutionAborted, "executionAbortedEventDetails", Events.errorDetails(err, why));
    finish(ExecutionStatus.ABORTED, null, err, why);
    return true;
  }

  private void timedOut() {
    if (status.isTerminal()) {
      return;
    }
    abortFibers();
    record(history.size(), HistoryEventType.ExecutionTimedOut, "executionTimedOutEventDetails", Events.errorDetails(StatesErrors.TIMEOUT, null));
    finish(ExecutionStatus.TIMED_OUT, null, StatesErrors.TIMEOUT, null);
  }

  private void abortFibers() {
    if (root != null) {
      root.abort();
    }
  }

  private void finish(ExecutionStatus s, JsonNode out, String err, String why) {
    if (timeout != null) {
      timeout.cancel();
    }
    this.output = out;
    this.error = err;
    this.cause = why;
    this.stopDate = engine.now();
    this.status = s;
    onEnd.forEach(Runnable::run);
    onEnd.clear();
  }

  /** Runs {@code action} when the execution ends (under the engine lock). */
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

  /** A copy of the history so far. */
  public List<HistoryEvent> history() {
    return engine.locked(() -> List.copyOf(history));
  }
}
