package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.history.ChildExecution;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.history.HistoryEvent;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the assertions read of an execution: an emulator's {@link Execution} (read live) or a {@link
 * RemoteExecution} of any Step Functions endpoint. The path, retries and catches come from the
 * history alone, so both are checked the same way.
 *
 * <p>An Express execution is asserted the same way, but its history is the emulator's record, not
 * AWS's: AWS keeps no history of Express executions ({@code GetExecutionHistory} and {@code
 * DescribeExecution} refuse their ARNs), so on AWS the same facts would come from CloudWatch Logs.
 * The emulator's engine writes the events a Standard execution of the same definition would have,
 * which is what the path, retries and catches are read from. Express executions are also
 * at-least-once on AWS (a Task may run more than once): the emulator runs each state once, so a
 * test that passes here does not show that the workflow tolerates a repeat.
 *
 * <pre>{@code
 * ExecutionView local = ExecutionView.of(emulator.startExecution(machine.arn(), "{}").await());
 * ExecutionView remote = RemoteExecution.await(sfnClient, executionArn, Duration.ofMinutes(1));
 * assertThat(local).hasEnteredStatesExactly("Validate", "Charge", "Notify");
 * assertThat(remote).hasEnteredStatesExactly(local.statesEntered().toArray(String[]::new));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ExecutionView {
  String arn();

  String name();

  ExecutionStatus status();

  /** The output of a SUCCEEDED execution, else null. */
  JsonNode outputJson();

  /** The error of a FAILED, TIMED_OUT or ABORTED execution, else null. */
  String error();

  /** The cause of a FAILED, TIMED_OUT or ABORTED execution, else null. */
  String cause();

  /** The history, oldest event first. */
  List<HistoryEvent> history();

  /**
   * The child executions it started, with their histories: a Distributed Map's iterations and
   * {@code states:startExecution} Tasks' executions; none unless the view can read them.
   */
  default List<ChildExecution> childExecutions() {
    return List.of();
  }

  /** The trace of its history and its child executions'. */
  default ExecutionTrace trace() {
    return ExecutionTrace.of(name(), history(), childExecutions());
  }

  /**
   * The names of the states entered, in order, inner states included: an inline Map's iterations',
   * and a Distributed Map's child executions' after the Map.
   */
  default List<String> statesEntered() {
    return trace().statesEntered();
  }

  /** A view reading {@code execution} live. */
  static ExecutionView of(Execution execution) {
    return new LiveExecution(execution);
  }
}
