package io.github.sfnemulator.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.RemoteExecutions;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.RemoteHistory;
import io.github.sfnemulator.junit.internal.JsonValues;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/**
 * An execution of any Step Functions endpoint (AWS, LocalStack, an {@code SfnServer}) as the
 * assertions see it: DescribeExecution and the whole GetExecutionHistory, read once. The path,
 * retries and catches come from the history, as for the emulator's own executions.
 *
 * <pre>{@code
 * String arn = sfn.startExecution(b -> b.stateMachineArn(machineArn).input("{}")).executionArn();
 * assertThat(RemoteExecution.await(sfn, arn, Duration.ofMinutes(1)))
 *     .hasSucceeded()
 *     .hasEnteredStatesExactly("Validate", "Charge", "Notify");
 * }</pre>
 *
 * <p>Needs the AWS SDK's {@code software.amazon.awssdk:sfn} on the test class path.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RemoteExecution implements ExecutionView {
  private final DescribeExecutionResponse described;
  private final List<HistoryEvent> history;

  private RemoteExecution(DescribeExecutionResponse described, List<HistoryEvent> history) {
    this.described = described;
    this.history = List.copyOf(history);
  }

  /** The execution as it is now, RUNNING or ended. */
  public static RemoteExecution of(SfnClient sfn, String executionArn) {
    DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(executionArn));
    return new RemoteExecution(described, RemoteHistory.read(sfn, executionArn));
  }

  /**
   * Polls DescribeExecution until the execution ends, then reads it.
   *
   * @throws IllegalStateException when it is still RUNNING after {@code timeout}
   */
  public static RemoteExecution await(SfnClient sfn, String executionArn, Duration timeout) {
    DescribeExecutionResponse ended = RemoteExecutions.awaitEnd(sfn, executionArn, timeout);
    return new RemoteExecution(ended, RemoteHistory.read(sfn, executionArn));
  }

  @Override
  public String arn() {
    return described.executionArn();
  }

  @Override
  public String name() {
    return described.name();
  }

  @Override
  public ExecutionStatus status() {
    return RemoteExecutions.status(described);
  }

  @Override
  public JsonNode outputJson() {
    return described.output() == null ? null : JsonValues.parse(described.output());
  }

  @Override
  public String error() {
    return described.error();
  }

  @Override
  public String cause() {
    return described.cause();
  }

  @Override
  public List<HistoryEvent> history() {
    return history;
  }

  @Override
  public String toString() {
    return "RemoteExecution[" + arn() + ", " + status() + "]";
  }
}
