package io.github.sfnemulator;

import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The README's Java example, compiled and run; {@code GuideSnippetsTest} checks that the README
 * shows it unchanged (marker {@code <!-- snippet: ...ReadmeExampleTest.java#readme -->}).
 */
class ReadmeExampleTest {

  @Test
  void retries_a_throttled_task_then_succeeds_and_the_history_shows_the_backoff() {
    // tag::readme[]
    String definition =
        """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "charge", "Payload.$": "$" },
              "Retry": [ { "ErrorEquals": ["Lambda.TooManyRequestsException"],
                           "IntervalSeconds": 60, "BackoffRate": 2, "MaxAttempts": 3 } ],
              "ResultSelector": { "charged.$": "$.Payload.ok" },
              "End": true
            }
          }
        }
        """;
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                lambda("Charge") // throttled twice, then the function answers
                    .willThrow(lambdaError("Lambda.TooManyRequestsException", "Rate exceeded"))
                    .thenThrow(lambdaError("Lambda.TooManyRequestsException", "Rate exceeded"))
                    .thenReturn(lambdaInvokeResult("{\"ok\":true}")));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Payments", definition);
      Execution execution = emulator.startExecution(machine.arn(), "{\"amount\":42}").await();

      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(execution.output()).isEqualTo("{\"charged\":true}");
      // 60 s, then 120 s of back-off: virtual time, so the test took milliseconds
      assertThat(Duration.between(execution.startDate(), execution.stopDate()))
          .isEqualTo(Duration.ofSeconds(180));
      mocks.verify(3, invocationsOf("Charge"));
    }
    // end::readme[]
  }
}
