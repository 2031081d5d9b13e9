package io.github.sfnemulator.history;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.internal.conformance.CaseRunner;
import io.github.sfnemulator.internal.conformance.RecordedExecution;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Replays an execution recorded on AWS, a production execution as a golden test: the Task results
 * (and failures, retries' included) in its recorded history answer the replay's Task states, per
 * state and in order; the recorded input is started in a fresh emulator with the recording's
 * region, account, start time and names; and the emulator's history is compared with the recorded
 * one event by event, with the matching the project's conformance corpus uses (timestamps, task
 * tokens and Map Run ids match any value; Parallel branches' events compare as a multiset). A
 * {@code .waitForTaskToken} Task's call is answered with its recorded TaskSubmitted output and its
 * token with the recorded outcome, as long after the call (in virtual time) as it was.
 *
 * <pre>{@code
 * // aws stepfunctions get-execution-history --execution-arn $ARN > order-42.history.json
 * // aws stepfunctions describe-execution --execution-arn $ARN > order-42.describe.json
 * ExecutionReplay.of(Files.readString(Path.of("order.asl.json")),
 *         Files.readString(Path.of("order-42.history.json")))
 *     .withDescribe(Files.readString(Path.of("order-42.describe.json")))
 *     .run()
 *     .assertMatches();
 * }</pre>
 *
 * <p>Without describe-execution the input is read from the history's {@code ExecutionStarted}
 * event, and the state machine and execution names are the emulator's, which matters only when the
 * definition reads {@code $$.Execution} or {@code $$.StateMachine}. A Distributed Map's child
 * executions are not in the parent's history, so their Task states have no recorded results; a Task
 * that waited for a job ({@code .sync}) cannot be replayed yet. Immutable; each {@link #run()} uses
 * a new emulator.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionReplay {
  private final String definition;
  private final String history;
  private final String describe;
  private final EmulatorOptions options;

  private ExecutionReplay(
      String definition, String history, String describe, EmulatorOptions options) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.history = Objects.requireNonNull(history, "history");
    this.describe = describe;
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A replay of the execution whose history is {@code historyJson}.
   *
   * @param definition the state machine's ASL definition (JSON), as it was when the execution ran
   * @param historyJson the output of {@code aws stepfunctions get-execution-history} (timestamps as
   *     ISO-8601 text or epoch seconds), or GetExecutionHistory's JSON answer
   */
  public static ExecutionReplay of(String definition, String historyJson) {
    return new ExecutionReplay(definition, historyJson, null, EmulatorOptions.getDefaultInstance());
  }

  /**
   * With the output of {@code aws stepfunctions describe-execution}: the input as the client sent
   * it, and the region, account, state machine and execution names of the execution's ARN.
   */
  public ExecutionReplay withDescribe(String describeExecutionJson) {
    return new ExecutionReplay(definition, history, describeExecutionJson, options);
  }

  /**
   * With the emulator's options for everything the recording does not set (the random seed, a
   * retention limit); the recording's region, account and start time, and its Task results as the
   * only Task responder, take precedence.
   */
  public ExecutionReplay withOptions(EmulatorOptions options) {
    return new ExecutionReplay(definition, history, describe, options);
  }

  /**
   * Replays the execution and compares the histories.
   *
   * @throws IllegalArgumentException when the definition, history or describe-execution JSON is
   *     malformed, the recorded execution had not ended, or a Task of it waited for a job ({@code
   *     .sync}), naming what to give instead
   */
  public ReplayResult run() {
    RecordedExecution recorded = RecordedExecution.read(definition, history, describe, options);
    CaseRunner.Run run =
        CaseRunner.run(recorded.asCase(), CaseRunner.Comparison.HISTORY_FIRST, recorded.setup());
    return new ReplayResult(
        recorded.asCase().id(), recorded.eventCount(), run.difference(), run.execution());
  }
}
