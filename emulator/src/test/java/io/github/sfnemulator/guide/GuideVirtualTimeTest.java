package io.github.sfnemulator.guide;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The examples of docs/guide/virtual-time.md. */
class GuideVirtualTimeTest {
  /** Asks for approval (a task token, one day to answer), then waits a day before shipping. */
  static final String APPROVAL =
      """
      {
        "StartAt": "Approve",
        "States": {
          "Approve": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                            "MessageBody": { "token.$": "$$.Task.Token" } },
            "TimeoutSeconds": 86400,
            "Catch": [ { "ErrorEquals": ["States.Timeout"], "Next": "Escalate" } ],
            "Next": "Cooling"
          },
          "Cooling": { "Type": "Wait", "Seconds": 86400, "Next": "Ship" },
          "Ship": { "Type": "Succeed" },
          "Escalate": { "Type": "Fail", "Error": "NoApproval" }
        }
      }
      """;

  @Test
  void await_moves_time_to_the_timeout_of_a_token_nobody_answers() {
    // tag::await-timeout[]
    // the mock answers the SQS call; the task then waits for its token
    TaskMocks mocks = TaskMocks.create().stubFor(state("Approve").willReturn("{}"));
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .taskResponder(mocks)
            .startTime(Instant.parse("2024-01-01T00:00:00Z"))
            .build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine approval = emulator.createStateMachine("approval", APPROVAL);

      Execution execution = emulator.startExecution(approval.arn(), "{}").await();

      // nobody sent the token: await() moved time to the one-day timeout, the Catch took it
      assertThat(execution.statesEntered()).containsExactly("Approve", "Escalate");
      assertThat(execution.error()).isEqualTo("NoApproval");
      assertThat(execution.stopDate()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    }
    // end::await-timeout[]
  }

  @Test
  void a_test_answers_the_token_and_steps_through_the_wait() {
    // tag::task-token[]
    AtomicReference<String> token = new AtomicReference<>();
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("Approve")
                    .willAnswer(
                        call -> {
                          token.set(call.taskToken()); // what a worker would read from the queue
                          return TaskResponse.returning("{}");
                        }));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine approval = emulator.createStateMachine("approval", APPROVAL);
      Execution execution = emulator.startExecution(approval.arn(), "{}"); // runs up to Approve
      Instant start = emulator.clock().now();

      emulator.sendTaskSuccess(token.get(), "{\"approved\":true}"); // enters the one-day Wait
      emulator.clock().advance(Duration.ofHours(23));
      assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
      emulator.clock().advance(Duration.ofHours(1)); // the Wait ends

      assertThat(execution.await().statesEntered()).containsExactly("Approve", "Cooling", "Ship");
      assertThat(execution.stopDate()).isEqualTo(start.plus(Duration.ofDays(1)));
    }
    // end::task-token[]
  }
}
