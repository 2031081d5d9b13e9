package io.github.sfnemulator.internal.bench;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;

/**
 * One emulator with a workload's state machine created once; each {@link #execute()} is a fresh
 * execution of it, run to the end. Time is virtual, so Waits and Retry back-off take no real time
 * ({@code skipWaits}); the workloads without {@code skipWaits} have no Wait and no back-off, so for
 * them virtual time changes nothing but timestamps. Not for concurrent use: the emulator runs its
 * executions under one lock, so concurrent benchmarks give each thread its own runner.
 */
public final class WorkloadRunner implements AutoCloseable {
  private final StepFunctionsEmulator emulator;
  private final String machineArn;
  private final String input;

  public WorkloadRunner(Workload workload) {
    this.emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder()
                .virtualTime(true)
                .taskResponder(new WorkloadMocks(workload.mocks()))
                .build());
    this.machineArn = emulator.createStateMachine(workload.name(), workload.definition()).arn();
    this.input = workload.input();
  }

  /** Starts one execution and waits for its end. */
  public Execution execute() {
    return emulator.startExecution(machineArn, input).await();
  }

  @Override
  public void close() {
    emulator.close();
  }
}
