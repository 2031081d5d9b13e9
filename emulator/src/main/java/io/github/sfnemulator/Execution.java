package io.github.sfnemulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.history.ChildExecution;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.interpreter.Engine;
import io.github.sfnemulator.internal.interpreter.ExecutionRun;
import io.github.sfnemulator.internal.interpreter.StalledException;
import io.github.sfnemulator.internal.interpreter.StartedChild;
import io.github.sfnemulator.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A handle on one execution: its status, output or error, and its history, read live.
 *
 * <pre>{@code
 * Execution execution = emulator.startExecution(machine.arn(), "{\"orderId\":\"o-1\"}").await();
 * execution.status();        // SUCCEEDED
 * execution.output();        // {"orderId":"o-1","charged":true}
 * execution.statesEntered(); // [Validate, Charge, Notify]
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Execution {
  /** How long {@link #await()} waits in real time before giving up. */
  public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(30);

  private final ExecutionRun run;
  private final Engine engine;
  private final StepFunctionsEmulator emulator;

  Execution(ExecutionRun run, Engine engine, StepFunctionsEmulator emulator) {
    this.run = run;
    this.engine = engine;
    this.emulator = emulator;
  }

  public String arn() {
    return run.info().executionArn();
  }

  public String name() {
    return run.info().name();
  }

  public String stateMachineArn() {
    return run.info().stateMachineArn();
  }

  /**
   * The ARN of the version that ran, when the execution was started through a version or alias ARN;
   * null when it was started through the state machine's own ARN (as {@code DescribeExecution}'s
   * {@code stateMachineVersionArn}).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public String stateMachineVersionArn() {
    return run.info().versionArn();
  }

  /** The ARN of the alias the execution was started through, else null. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public String stateMachineAliasArn() {
    return run.info().aliasArn();
  }

  public ExecutionStatus status() {
    return run.status();
  }

  /** The input as JSON text. */
  public String input() {
    return Json.write(run.info().input());
  }

  public JsonNode inputJson() {
    return run.info().input();
  }

  /** The output as JSON text, or null unless the execution SUCCEEDED. */
  public String output() {
    JsonNode out = run.output();
    return out == null ? null : Json.write(out);
  }

  /** The output as a JSON tree, or null unless the execution SUCCEEDED. */
  public JsonNode outputJson() {
    return run.output();
  }

  /** The error name of a FAILED, TIMED_OUT or ABORTED execution, else null. */
  public String error() {
    return run.error();
  }

  /** The cause of a FAILED, TIMED_OUT or ABORTED execution, else null. */
  public String cause() {
    return run.cause();
  }

  public Instant startDate() {
    return run.info().startTime();
  }

  /** When it ended, or null while RUNNING. */
  public Instant stopDate() {
    return run.stopDate();
  }

  /** How many times it was redriven (0: never), as DescribeExecution's {@code redriveCount}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public int redriveCount() {
    return run.redriveCount();
  }

  /** When it was last redriven, or null. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Instant redriveDate() {
    return run.redriveDate();
  }

  /** Whether {@link #redrive()} would accept it now. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public RedriveStatus redriveStatus() {
    return redriveStatusReason() == null ? RedriveStatus.REDRIVABLE : RedriveStatus.NOT_REDRIVABLE;
  }

  /**
   * Why it cannot be redriven now, in AWS's words (e.g. {@code Execution is RUNNING and cannot be
   * redriven}), or null when it can.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public String redriveStatusReason() {
    return emulator.redriveBlocker(run);
  }

  /**
   * Redrives this FAILED, TIMED_OUT or ABORTED execution ({@link
   * StepFunctionsEmulator#redriveExecution}); returns this handle, to {@link #await()} the new end.
   *
   * <pre>{@code
   * Execution failed = emulator.startExecution(machine.arn(), input).await(); // FAILED
   * mocks.reset(); mocks.stubFor(lambda("Charge").willReturn(ok));            // fix the cause
   * failed.redrive().await();                                                 // SUCCEEDED
   * }</pre>
   *
   * @throws SfnApiException {@code ExecutionNotRedrivable}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Execution redrive() {
    return emulator.redriveExecution(arn(), null);
  }

  /**
   * The Map Runs of its Distributed Maps, newest first ({@link StepFunctionsEmulator#listMapRuns}).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<MapRun> mapRuns() {
    return emulator.listMapRuns(arn());
  }

  /**
   * The child executions it started, with their histories, in the order they started: a Distributed
   * Map's iterations and {@code states:startExecution} Tasks' executions, each with the children it
   * started in turn. {@link ExecutionTrace#of(Execution)} traces them.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public List<ChildExecution> childExecutions() {
    return childExecutions(run.startedChildren());
  }

  private static List<ChildExecution> childExecutions(List<StartedChild> children) {
    return children.stream()
        .map(
            c ->
                new ChildExecution(
                    c.mapRun() ? ChildExecution.Kind.MAP_RUN : ChildExecution.Kind.START_EXECUTION,
                    c.stateName(),
                    c.stateEnteredEventId(),
                    c.name(),
                    c.arn(),
                    c.history(),
                    childExecutions(c.children())))
        .toList();
  }

  /** The history so far, oldest first. */
  public List<HistoryEvent> history() {
    return run.history();
  }

  /**
   * The names of the states entered so far, in this execution's history order (inline Map and
   * Parallel inner states included); {@code ExecutionTrace.of(execution).statesEntered()} adds a
   * Distributed Map's child executions' states.
   */
  public List<String> statesEntered() {
    return history().stream()
        .filter(e -> e.type().isStateEntered())
        .map(HistoryEvent::stateName)
        .toList();
  }

  /**
   * Waits until the execution ends and returns this handle. Under the virtual clock, whenever
   * nothing else can make progress, time moves to the next timer (a Wait, a retry interval, a
   * task's TimeoutSeconds or HeartbeatSeconds), also while a task token or an activity that no
   * worker has taken is pending: nothing answers those while the caller waits, so a one-day
   * callback timeout ends in milliseconds with the timeout's outcome. Only an activity task a
   * worker has taken holds time still, since its answer is on the way.
   *
   * @throws IllegalStateException at once when the execution can never end (it waits for a task
   *     token or an activity worker and no timer of its own ends the wait), naming the state, the
   *     token and how to answer it; or after {@link #DEFAULT_AWAIT_TIMEOUT} of real time
   */
  public Execution await() {
    return await(DEFAULT_AWAIT_TIMEOUT);
  }

  /** Like {@link #await()}, with a real-time limit. */
  public Execution await(Duration timeout) {
    boolean ended;
    try {
      ended = engine.await(run::isTerminal, timeout);
    } catch (StalledException e) {
      throw new IllegalStateException(
          "Execution '"
              + name()
              + "' can never end: nothing in the emulator will answer what it waits for, and no"
              + " timer of its own ends the wait (states entered: "
              + statesEntered()
              + "). "
              + String.join("; ", e.waits())
              + ". Or move virtual time yourself with emulator.clock().advance(...).",
          e);
    }
    if (!ended) {
      throw new IllegalStateException(
          "Execution '"
              + name()
              + "' is still RUNNING after "
              + timeout
              + " (states entered: "
              + statesEntered()
              + "). It may be waiting for a task token or an activity worker.");
    }
    return this;
  }

  @Override
  public String toString() {
    return "Execution[" + arn() + ", " + status() + "]";
  }
}
