package io.github.sfnemulator;

import org.apiguardian.api.API;

/**
 * The status of an execution, as {@code DescribeExecution} reports it.
 *
 * <pre>{@code
 * Execution execution = emulator.startExecution(machine.arn(), "{}").await();
 * if (execution.status() == ExecutionStatus.FAILED) {
 *   System.out.println(execution.error() + ": " + execution.cause());
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED;

  /** Whether the execution has ended. */
  public boolean isTerminal() {
    return this != RUNNING;
  }
}
