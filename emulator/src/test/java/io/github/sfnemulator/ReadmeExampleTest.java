package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's Java example, compiled and run so the README cannot drift from the code. */
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
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .taskResponder(
                call ->
                    call.invocation() < 2 // throttled twice, then the function answers
                        ? TaskResponse.throwing("Lambda.TooManyRequestsException", "Rate exceeded")
                        : TaskResponse.returning(
                            JsonNodeFactory.instance.objectNode()
                                .set("Payload", JsonNodeFactory.instance.objectNode().put("ok", true))))
            .build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("Payments", definition);
      Execution execution = emulator.startExecution(machine.arn(), "{\"amount\":42}").await();

      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(execution.output()).isEqualTo("{\"charged\":true}");
      // 60 s, then 120 s of back-off: virtual time, so the test took milliseconds
      assertThat(Duration.between(execution.startDate(), execution.stopDate()))
          .isEqualTo(Duration.ofSeconds(180));
    }
    // end::readme[]
  }
}
