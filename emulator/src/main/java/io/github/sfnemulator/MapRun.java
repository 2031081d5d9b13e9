package io.github.sfnemulator;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A Distributed Map's Map Run as {@code DescribeMapRun} describes it, at the moment it was read.
 * The run's child workflow executions are the Map's iterations ({@link
 * StepFunctionsEmulator#listMapRunExecutions}).
 *
 * <pre>{@code
 * MapRun run = execution.mapRuns().get(0);
 * run.status();                     // SUCCEEDED
 * run.executionCounts().failed();   // 0
 * run.itemCounts().total();         // 10
 * }</pre>
 *
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:ID}, as MapRunStarted shows
 *     it
 * @param executionArn the execution whose Map state started the run
 * @param stateMachineArn the run's child state machine: the machine's ARN with {@code /LABEL}
 * @param stopDate null while RUNNING
 * @param toleratedFailurePercentage 0 when the state sets none
 * @param toleratedFailureCount 0 when the state sets none
 * @param redriveDate null until the run is redriven
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record MapRun(
    String arn,
    String executionArn,
    String stateMachineArn,
    MapRunStatus status,
    Instant startDate,
    Instant stopDate,
    int maxConcurrency,
    double toleratedFailurePercentage,
    long toleratedFailureCount,
    Counts itemCounts,
    Counts executionCounts,
    int redriveCount,
    Instant redriveDate) {

  /**
   * {@code MapRunItemCounts} or {@code MapRunExecutionCounts}: how many items or child executions
   * are in each status.
   *
   * <pre>{@code
   * MapRun.Counts children = emulator.describeMapRun(run.arn()).executionCounts();
   * long stillRunning = children.pending() + children.running();
   * long redrivable = children.pendingRedrive(); // run again by execution.redrive()
   * }</pre>
   *
   * @param failuresNotRedrivable unsuccessful ones that a redrive of the parent would not run again
   * @param pendingRedrive unsuccessful ones that a redrive of the parent would run again
   */
  public record Counts(
      long pending,
      long running,
      long succeeded,
      long failed,
      long timedOut,
      long aborted,
      long total,
      long resultsWritten,
      long failuresNotRedrivable,
      long pendingRedrive) {}
}
