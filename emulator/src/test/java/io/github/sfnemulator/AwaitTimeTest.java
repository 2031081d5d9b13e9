package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link Execution#await()} under the virtual clock never waits for real time for a pending task.
 */
class AwaitTimeTest {
  private static final String CALLBACK =
      """
      {"StartAt":"Approve","States":{"Approve":{"Type":"Task",
        "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",%s
        "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}""";

  private static StepFunctionsEmulator emulator() {
    return StepFunctionsEmulator.create(
        EmulatorOptions.newBuilder().taskResponder(call -> TaskResponse.returning("{}")).build());
  }

  @Test
  void a_token_with_a_one_day_timeout_times_out_in_virtual_time() {
    // GIVEN a callback task nobody answers, with a one-day timeout
    try (StepFunctionsEmulator emulator = emulator()) {
      StateMachine machine =
          emulator.createStateMachine("M", CALLBACK.formatted("\"TimeoutSeconds\":86400,"));
      Execution started = emulator.startExecution(machine.arn(), "{}");

      // WHEN awaited with a real-time limit far below a day
      Execution execution = started.await(Duration.ofSeconds(5));

      // THEN the timeout's outcome, a virtual day later
      assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(execution.error()).isEqualTo("States.Timeout");
      assertThat(Duration.between(execution.startDate(), execution.stopDate()))
          .isEqualTo(Duration.ofDays(1));
      assertThat(execution.history()).anyMatch(e -> e.type() == HistoryEventType.TaskTimedOut);
    }
  }

  @Test
  void a_token_no_timer_can_end_fails_the_await_at_once_naming_the_state_and_token() {
    // GIVEN a callback task without TimeoutSeconds or HeartbeatSeconds
    try (StepFunctionsEmulator emulator = emulator()) {
      StateMachine machine = emulator.createStateMachine("M", CALLBACK.formatted(""));
      Execution started = emulator.startExecution(machine.arn(), "{}");
      String token =
          started.history().stream()
              .filter(e -> e.type() == HistoryEventType.TaskScheduled)
              .map(e -> e.details().path("parameters").asText())
              .findFirst()
              .orElseThrow();

      // WHEN
      IllegalStateException failure =
          catchThrowableOfType(
              () -> started.await(Duration.ofMinutes(5)), IllegalStateException.class);

      // THEN it names the state, the token and the ways to answer; the execution still runs
      assertThat(failure.getMessage())
          .contains(
              "can never end",
              "state 'Approve'",
              "sendTaskSuccess",
              "TimeoutSeconds",
              "clock().advance");
      assertThat(token).contains(failure.getMessage().replaceAll(".*task token '([^']+)'.*", "$1"));
      assertThat(started.status()).isEqualTo(ExecutionStatus.RUNNING);

      // AND answering the token lets it end
      String sent = failure.getMessage().replaceAll(".*task token '([^']+)'.*", "$1");
      emulator.sendTaskSuccess(sent, "{\"ok\":true}");
      assertThat(started.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  @Test
  void await_all_fails_at_once_on_a_token_no_timer_can_end_naming_the_state() {
    try (StepFunctionsEmulator emulator = emulator()) {
      StateMachine machine = emulator.createStateMachine("M", CALLBACK.formatted(""));
      Execution started = emulator.startExecution(machine.arn(), "{}");

      IllegalStateException failure =
          catchThrowableOfType(
              () -> emulator.awaitAll(Duration.ofMinutes(5)), IllegalStateException.class);

      assertThat(failure.getMessage())
          .contains(started.arn(), "state 'Approve'", "sendTaskSuccess", "clock().advance");
      assertThat(started.status()).isEqualTo(ExecutionStatus.RUNNING);
    }
  }

  @Test
  void await_all_returns_once_every_execution_has_ended_a_redriven_one_included() {
    // GIVEN a Task whose first call fails, then an hour's Wait
    String definition =
        """
        {"StartAt":"Call","States":{
          "Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Next":"Hour"},
          "Hour":{"Type":"Wait","Seconds":3600,"End":true}}}""";
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(
            EmulatorOptions.newBuilder()
                .taskResponder(
                    call ->
                        call.invocation() == 0
                            ? TaskResponse.throwing("Lambda.ServiceException", "down")
                            : TaskResponse.returning("{}"))
                .build())) {
      StateMachine machine = emulator.createStateMachine("M", definition);
      Execution execution = emulator.startExecution(machine.arn(), "{}");
      assertThat(emulator.awaitAll(Duration.ofSeconds(5))).isTrue();
      assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

      // WHEN it is redriven, and runs again into the Wait
      execution.redrive();

      // THEN awaiting every execution waits for it again, through the virtual hour
      assertThat(emulator.awaitAll(Duration.ofSeconds(5))).isTrue();
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }
}
