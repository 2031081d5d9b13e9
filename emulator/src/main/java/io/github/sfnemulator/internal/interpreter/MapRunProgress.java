package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.MapRun;
import io.github.sfnemulator.MapRunExecution;
import io.github.sfnemulator.MapRunStatus;
import io.github.sfnemulator.StatesErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One Distributed Map's Map Run: its settings and where each child execution stands. The engine
 * writes it under the lane's lock; readers on other threads take snapshots, so every method
 * synchronizes on it. A redrive of the parent execution redrives the same run (same ARN).
 */
public final class MapRunProgress {
  private final String arn;
  private final String executionArn;
  private final String stateMachineArn;

  /**
   * A child execution's ARN is this prefix and its index: {@code ...:execution:MACHINE/LABEL:ID-}.
   */
  private final String childArnPrefix;

  private final String childNamePrefix;
  private final int[] itemsPerChild;

  /** Null: not started yet (PENDING). */
  private final ExecutionStatus[] statuses;

  private final Instant[] startDates;
  private final Instant[] stopDates;
  private final int[] childRedrives;
  private final Instant[] childRedriveDates;
  private final Instant startDate;
  private MapRunStatus status = MapRunStatus.RUNNING;
  private Instant stopDate;
  private int maxConcurrency;
  private MapTolerance tolerance;
  private long resultsWritten;
  private int redriveCount;
  private Instant redriveDate;

  /** The live iterations, for UpdateMapRun; null once the run has ended. */
  private MapIterations iterations;

  MapRunProgress(
      String arn, ExecutionInfo execution, String label, int[] itemsPerChild, Instant now) {
    this.arn = arn;
    this.executionArn = execution.executionArn();
    this.stateMachineArn = execution.stateMachineArn() + "/" + label;
    this.childNamePrefix = arn.substring(arn.lastIndexOf(':') + 1) + "-";
    String partition = executionArn.substring(0, executionArn.indexOf(":execution:"));
    this.childArnPrefix =
        partition
            + ":execution:"
            + execution.stateMachineName()
            + "/"
            + label
            + ":"
            + childNamePrefix;
    this.itemsPerChild = itemsPerChild;
    int n = itemsPerChild.length;
    this.statuses = new ExecutionStatus[n];
    this.startDates = new Instant[n];
    this.stopDates = new Instant[n];
    this.childRedrives = new int[n];
    this.childRedriveDates = new Instant[n];
    this.startDate = now;
  }

  /** How many items each child execution processes: a batch's size under ItemBatcher, else 1. */
  static int[] itemsPerChild(MapItemList inputs) {
    int[] sizes = new int[inputs.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = inputs.itemCount(i);
    }
    return sizes;
  }

  public String arn() {
    return arn;
  }

  synchronized void attach(MapIterations live, int concurrency, MapTolerance limits) {
    this.iterations = live;
    this.maxConcurrency = concurrency;
    this.tolerance = limits;
  }

  synchronized MapTolerance tolerance() {
    return tolerance;
  }

  synchronized int maxConcurrency() {
    return maxConcurrency;
  }

  /** The parent was redriven: unsuccessful children wait to run again. */
  synchronized void redriven(Instant now) {
    redriveCount++;
    redriveDate = now;
    status = MapRunStatus.RUNNING;
    stopDate = null;
    for (int i = 0; i < statuses.length; i++) {
      if (statuses[i] != null && statuses[i] != ExecutionStatus.SUCCEEDED) {
        statuses[i] = null;
        childRedrives[i]++;
        childRedriveDates[i] = now;
      }
    }
  }

  synchronized int redriveCount() {
    return redriveCount;
  }

  synchronized void childStarted(int index, Instant now) {
    statuses[index] = ExecutionStatus.RUNNING;
    if (startDates[index] == null) {
      startDates[index] = now;
    }
    stopDates[index] = null;
  }

  /** A child execution ended; a failure with {@code States.Timeout} is a child that timed out. */
  synchronized void childEnded(int index, ExecutionStatus outcome, String error, Instant now) {
    statuses[index] =
        outcome == ExecutionStatus.FAILED && StatesErrors.TIMEOUT.equals(error)
            ? ExecutionStatus.TIMED_OUT
            : outcome;
    stopDates[index] = now;
  }

  synchronized void ended(MapRunStatus outcome, Instant now, boolean resultsWrittenOut) {
    status = outcome;
    stopDate = now;
    iterations = null;
    if (resultsWrittenOut) {
      resultsWritten = statuses.length;
    }
  }

  public synchronized boolean isRunning() {
    return status == MapRunStatus.RUNNING;
  }

  /**
   * UpdateMapRun: new settings (null keeps one) that the running iterations follow from now on.
   * Call under the lane's lock.
   */
  public void update(Integer newMaxConcurrency, Double newPercentage, Long newCount) {
    MapIterations live;
    synchronized (this) {
      if (newMaxConcurrency != null) {
        maxConcurrency = newMaxConcurrency;
      }
      if (newPercentage != null || newCount != null) {
        tolerance =
            new MapTolerance(
                newPercentage != null ? newPercentage : tolerance.percentage(),
                newCount != null ? newCount : tolerance.count());
      }
      live = iterations;
    }
    if (live != null) {
      live.settingsChanged();
    }
  }

  /** The run as DescribeMapRun shows it. */
  public synchronized MapRun snapshot() {
    return new MapRun(
        arn,
        executionArn,
        stateMachineArn,
        status,
        startDate,
        stopDate,
        maxConcurrency,
        tolerance.percentage() == null ? 0 : tolerance.percentage(),
        tolerance.count() == null ? 0 : tolerance.count(),
        counts(true),
        counts(false),
        redriveCount,
        redriveDate);
  }

  private MapRun.Counts counts(boolean items) {
    long pending = 0, running = 0, succeeded = 0, failed = 0, timedOut = 0, aborted = 0, total = 0;
    for (int i = 0; i < statuses.length; i++) {
      long n = items ? itemsPerChild[i] : 1;
      total += n;
      if (statuses[i] == null) {
        pending += n;
        continue;
      }
      switch (statuses[i]) {
        case RUNNING -> running += n;
        case SUCCEEDED -> succeeded += n;
        case FAILED -> failed += n;
        case TIMED_OUT -> timedOut += n;
        default -> aborted += n;
      }
    }
    long unsuccessful = failed + timedOut + aborted;
    // A failed or aborted run's unsuccessful children run again when the parent is redriven; once
    // the run succeeded (failures tolerated), nothing redrives them.
    boolean redrivable = status == MapRunStatus.FAILED || status == MapRunStatus.ABORTED;
    long written = items ? resultsWrittenItems() : resultsWritten;
    return new MapRun.Counts(
        pending,
        running,
        succeeded,
        failed,
        timedOut,
        aborted,
        total,
        written,
        redrivable ? 0 : unsuccessful,
        redrivable ? unsuccessful : 0);
  }

  private long resultsWrittenItems() {
    if (resultsWritten == 0) {
      return 0;
    }
    long n = 0;
    for (int size : itemsPerChild) {
      n += size;
    }
    return n;
  }

  /** The started child executions, newest first, as ListExecutions orders them. */
  public synchronized List<MapRunExecution> children() {
    List<MapRunExecution> out = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      if (startDates[i] == null) {
        continue;
      }
      out.add(
          0,
          new MapRunExecution(
              childArnPrefix + i,
              stateMachineArn,
              childNamePrefix + i,
              arn,
              statuses[i] == null ? ExecutionStatus.RUNNING : statuses[i],
              startDates[i],
              stopDates[i],
              itemsPerChild[i],
              childRedrives[i],
              childRedriveDates[i]));
    }
    return out;
  }
}
