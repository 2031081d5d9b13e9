package io.github.sfnemulator.internal.bench;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;

/**
 * Runs fresh executions of a workload's state machine, each to its end. Time is virtual, so Waits
 * and Retry back-off take no real time ({@code skipWaits}); the workloads without {@code skipWaits}
 * have no Wait and no back-off, so for them virtual time changes nothing but timestamps.
 *
 * <p>By default one emulator serves every execution, with the state machine created once, as the
 * peer harness builds its machine object once. Like the peer, which hands each execution to its
 * caller and keeps nothing, the emulator retains no ended execution ({@link
 * EmulatorOptions.Builder#retainedEndedExecutions(int)} 0): each result is garbage once read,
 * rather than a growing heap the collector copies again and again. With {@code freshEmulator} each
 * execution instead gets a new emulator and state machine, paying for parsing and validating the
 * definition every time.
 *
 * <p>Not for concurrent use (it keeps per-run state), so concurrent benchmarks give each thread its
 * own runner.
 */
public final class WorkloadRunner implements AutoCloseable {
  private final Workload workload;
  private final EmulatorOptions options;
  private final boolean freshEmulator;
  private StepFunctionsEmulator emulator;
  private String machineArn;

  public WorkloadRunner(Workload workload) {
    this(workload, false);
  }

  public WorkloadRunner(Workload workload, boolean freshEmulator) {
    this.workload = workload;
    this.freshEmulator = freshEmulator;
    this.options =
        EmulatorOptions.newBuilder()
            .virtualTime(true)
            .retainedEndedExecutions(0)
            .taskResponder(new WorkloadMocks(workload.mocks()))
            .build();
    open();
  }

  /** Starts one execution and waits for its end. */
  public Execution execute() {
    if (freshEmulator && emulator == null) {
      open();
    }
    Execution e = emulator.startExecution(machineArn, workload.input()).await();
    if (freshEmulator) {
      close();
    }
    return e;
  }

  private void open() {
    emulator = StepFunctionsEmulator.create(options);
    machineArn = emulator.createStateMachine(workload.name(), workload.definition()).arn();
  }

  @Override
  public void close() {
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }
}
