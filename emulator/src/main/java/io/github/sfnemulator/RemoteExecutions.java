package io.github.sfnemulator;

import java.time.Duration;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/**
 * Executions of any Step Functions endpoint (AWS, LocalStack, an {@link SfnServer}) seen through
 * the AWS SDK: waiting for their end and reading their status as the emulator names it. With {@link
 * io.github.sfnemulator.history.RemoteHistory} for the history, this is what the JUnit extension's
 * and the Maven plugin's remote targets need.
 *
 * <pre>{@code
 * DescribeExecutionResponse ended = RemoteExecutions.awaitEnd(sfn, arn, Duration.ofMinutes(2));
 * if (RemoteExecutions.status(ended) == ExecutionStatus.SUCCEEDED) { ... }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RemoteExecutions {
  private static final Duration FIRST_POLL = Duration.ofMillis(20);
  private static final Duration LONGEST_POLL = Duration.ofSeconds(2);

  private RemoteExecutions() {}

  /**
   * Polls DescribeExecution, backing off from 20 ms to 2 s, until the execution has ended.
   *
   * @throws IllegalStateException when it is still RUNNING after {@code timeout} (real time)
   */
  public static DescribeExecutionResponse awaitEnd(
      SfnClient sfn, String executionArn, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Duration pause = FIRST_POLL;
    while (true) {
      DescribeExecutionResponse described =
          sfn.describeExecution(b -> b.executionArn(executionArn));
      if (status(described) != ExecutionStatus.RUNNING) {
        return described;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Execution " + executionArn + " is still RUNNING after " + timeout);
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + executionArn, e);
      }
      pause =
          pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
    }
  }

  /**
   * The status as the emulator names it. PENDING_REDRIVE is a FAILED execution that may be
   * redriven; a status this version does not know counts as RUNNING.
   */
  public static ExecutionStatus status(DescribeExecutionResponse described) {
    return switch (described.statusAsString() == null ? "" : described.statusAsString()) {
      case "SUCCEEDED" -> ExecutionStatus.SUCCEEDED;
      case "FAILED", "PENDING_REDRIVE" -> ExecutionStatus.FAILED;
      case "TIMED_OUT" -> ExecutionStatus.TIMED_OUT;
      case "ABORTED" -> ExecutionStatus.ABORTED;
      default -> ExecutionStatus.RUNNING;
    };
  }
}
