package io.github.sfnemulator.benchmarks;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.lang.management.ManagementFactory;

/**
 * What the first test of a fresh JVM waits for: creating an emulator, its first state machine and
 * its first two executions, each timed once. Run it in a new JVM each time:
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.sfnemulator.benchmarks.FirstExecution}
 * </pre>
 */
public final class FirstExecution {
  private static final String DEFINITION =
      "{\"StartAt\":\"Price\",\"States\":{"
          + "\"Price\":{\"Type\":\"Pass\",\"Parameters\":{\"total.$\":\"States.MathAdd($.a, 1)\"},\"Next\":\"Hold\"},"
          + "\"Hold\":{\"Type\":\"Wait\",\"Seconds\":5,\"End\":true}}}";

  private FirstExecution() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      long t1 = System.nanoTime();
      StateMachine machine = emulator.createStateMachine("First", DEFINITION);
      long t2 = System.nanoTime();
      Execution first = emulator.startExecution(machine.arn(), "{\"a\":1}").await();
      long t3 = System.nanoTime();
      emulator.startExecution(machine.arn(), "{\"a\":2}").await();
      long t4 = System.nanoTime();
      System.out.printf(
          "{\"create_ms\":%.1f,\"first_machine_ms\":%.1f,\"first_execution_ms\":%.1f,"
              + "\"second_execution_ms\":%.2f,\"jvm_uptime_ms\":%d,\"status\":\"%s\"}%n",
          (t1 - t0) / 1e6,
          (t2 - t1) / 1e6,
          (t3 - t2) / 1e6,
          (t4 - t3) / 1e6,
          ManagementFactory.getRuntimeMXBean().getUptime(),
          first.status());
    }
  }
}
