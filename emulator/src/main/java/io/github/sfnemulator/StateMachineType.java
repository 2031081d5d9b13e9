package io.github.sfnemulator;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * A state machine's type, which sets how long its executions may run before they time out with
 * {@code States.Timeout} (Step Functions service quotas, "Maximum execution time").
 *
 * <pre>{@code
 * emulator.createStateMachine("Quick", definition, roleArn, StateMachineType.EXPRESS);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StateMachineType {
  /** Runs up to one year. */
  STANDARD(Duration.ofDays(365)),
  /**
   * Runs up to five minutes. Its executions' ARNs are {@code ...:express:MACHINE:NAME:UUID}; the
   * API neither describes, stops nor lists them nor returns their history, as on AWS, while the
   * {@link Execution} handle keeps the emulator's own record of what ran. AWS runs Express
   * executions at least once (a state may run again); the emulator runs each state once.
   */
  EXPRESS(Duration.ofMinutes(5));

  private final Duration maxExecutionTime;

  StateMachineType(Duration maxExecutionTime) {
    this.maxExecutionTime = maxExecutionTime;
  }

  /** The longest an execution of this type runs before it times out. */
  public Duration maxExecutionTime() {
    return maxExecutionTime;
  }
}
