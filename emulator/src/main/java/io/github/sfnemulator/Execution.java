package io.github.sfnemulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.internal.interpreter.Engine;
import io.github.sfnemulator.internal.interpreter.ExecutionRun;
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

  Execution(ExecutionRun run, Engine engine) {
    this.run = run;
    this.engine = engine;
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

  /** The history so far, oldest first. */
  public List<HistoryEvent> history() {
    return run.history();
  }

  /** The names of the states entered so far, in history order (inner states included). */
  public List<String> statesEntered() {
    return history().stream()
        .filter(e -> e.type().isStateEntered())
        .map(HistoryEvent::stateName)
        .toList();
  }

  /**
   * Waits until the execution ends, skipping virtual time, and returns this handle.
   *
   * @throws IllegalStateException when it has not ended after {@link #DEFAULT_AWAIT_TIMEOUT} of
   *     real time, typically because it waits for a task token or an activity worker
   */
  public Execution await() {
    return await(DEFAULT_AWAIT_TIMEOUT);
  }

  /** Like {@link #await()}, with a real-time limit. */
  public Execution await(Duration timeout) {
    if (!engine.await(run::isTerminal, timeout)) {
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
