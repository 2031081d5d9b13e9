package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.PASS;
import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Issue 14's probe against a virtual-time server: one definition whose retry back-off overflows
 * used to move the clock to year +912042806, after which every operation answered 500
 * "ArithmeticException: long overflow". The execution now times out at one year, as AWS's execution
 * time quota says, and the server keeps serving.
 */
class VirtualTimeServerTest {
  private static final String OVERFLOWING_RETRY =
      """
      {"StartAt": "P", "States": {
        "P": {"Type": "Parallel", "End": true,
              "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 99999999,
                         "BackoffRate": 10, "MaxAttempts": 99}],
              "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}]}}}
      """;

  private final ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void an_execution_whose_retries_overflow_time_times_out_and_the_server_keeps_serving() {
    // GIVEN
    String poison =
        f.sfn
            .createStateMachine(b -> b.name("Poison").definition(OVERFLOWING_RETRY).roleArn(ROLE))
            .stateMachineArn();
    // WHEN
    String arn = f.sfn.startExecution(b -> b.stateMachineArn(poison).name("p")).executionArn();
    f.emulator.describeExecution(arn).await(Duration.ofSeconds(10));
    // THEN
    DescribeExecutionResponse described = f.sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(described.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(described.error()).isEqualTo("States.Timeout");
    assertThat(Duration.between(described.startDate(), described.stopDate()))
        .isEqualTo(Duration.ofDays(365));
    String next =
        f.sfn
            .createStateMachine(b -> b.name("Next").definition(PASS).roleArn(ROLE))
            .stateMachineArn();
    assertThat(f.sfn.listStateMachines(b -> {}).stateMachines()).hasSize(2);
    String ok = f.sfn.startExecution(b -> b.stateMachineArn(next).name("n")).executionArn();
    f.emulator.describeExecution(ok).await(Duration.ofSeconds(10));
    assertThat(f.sfn.describeExecution(b -> b.executionArn(ok)).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(f.sfn.getExecutionHistory(b -> b.executionArn(arn)).events()).isNotEmpty();
    assertThat(f.sfn.stopExecution(b -> b.executionArn(ok)).stopDate()).isNotNull();
  }
}
