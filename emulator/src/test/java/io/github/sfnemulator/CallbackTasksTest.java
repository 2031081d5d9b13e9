package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code .waitForTaskToken} tasks: the token, SendTask* and their errors, heartbeats. */
class CallbackTasksTest {
  private static final String APPROVAL =
      """
      {"StartAt":"AskApproval","States":{
        "AskApproval":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"https://sqs/approvals","MessageBody":{"token.$":"$$.Task.Token","order.$":"$.order"}},
          "HeartbeatSeconds":60,"TimeoutSeconds":3600,
          "ResultPath":"$.approval","End":true}}}
      """;

  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final StepFunctionsEmulator emulator =
      StepFunctionsEmulator.create(
          EmulatorOptions.newBuilder()
              .taskResponder(
                  call -> {
                    tokens.add(call.parameters().path("MessageBody").path("token").asText());
                    assertThat(call.taskToken()).isEqualTo(tokens.get(tokens.size() - 1));
                    return TaskResponse.returning(
                        JsonNodeFactory.instance.objectNode().put("MessageId", "m-1"));
                  })
              .build());

  @AfterEach
  void close() {
    emulator.close();
  }

  private Execution startApproval() {
    StateMachine machine = emulator.createStateMachine("Approval", APPROVAL);
    return emulator.startExecution(machine.arn(), "{\"order\":\"o-1\"}");
  }

  @Test
  void waits_for_the_token_and_continues_with_the_output_sent_with_it() {
    // GIVEN
    Execution execution = startApproval();
    assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(tokens).hasSize(1);

    // WHEN
    emulator.sendTaskSuccess(tokens.get(0), "{\"approved\":true}");

    // THEN
    assertThat(execution.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.output())
        .isEqualTo("{\"order\":\"o-1\",\"approval\":{\"approved\":true}}");
    assertThat(types(execution))
        .containsSubsequence(
            HistoryEventType.TaskScheduled,
            HistoryEventType.TaskStarted,
            HistoryEventType.TaskSubmitted,
            HistoryEventType.TaskSucceeded,
            HistoryEventType.TaskStateExited);
  }

  @Test
  void send_task_failure_fails_the_task_with_that_error() {
    Execution execution = startApproval();

    emulator.sendTaskFailure(tokens.get(0), "Approval.Rejected", "too expensive");

    assertThat(execution.await().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("Approval.Rejected");
    assertThat(execution.cause()).isEqualTo("too expensive");
  }

  @Test
  void await_moves_virtual_time_to_the_heartbeat_of_a_callback_nobody_answers() {
    // GIVEN a task with HeartbeatSeconds 60 whose token nobody answers
    Execution execution = startApproval();

    // WHEN awaited: nothing in the emulator will answer, so the heartbeat timer is the outcome
    execution.await(Duration.ofSeconds(5));

    // THEN
    assertThat(execution.error()).isEqualTo(StatesErrors.HEARTBEAT_TIMEOUT);
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void heartbeats_keep_the_task_alive_and_their_absence_times_it_out() {
    // GIVEN a task with HeartbeatSeconds 60
    Execution execution = startApproval();

    // WHEN heartbeats come every 50 seconds, then stop
    for (int i = 0; i < 3; i++) {
      emulator.clock().advance(Duration.ofSeconds(50));
      emulator.sendTaskHeartbeat(tokens.get(0));
    }
    assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
    emulator.clock().advance(Duration.ofSeconds(61));

    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.HEARTBEAT_TIMEOUT);
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofSeconds(210));
    assertThatThrownBy(() -> emulator.sendTaskSuccess(tokens.get(0), "{}"))
        .isInstanceOfSatisfying(
            SfnApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskTimedOut"));
  }

  @Test
  void timeout_seconds_bounds_the_whole_wait() {
    Execution execution = startApproval();
    for (int i = 0; i < 100 && execution.status() == ExecutionStatus.RUNNING; i++) {
      emulator.clock().advance(Duration.ofSeconds(59));
      if (execution.status() == ExecutionStatus.RUNNING) {
        emulator.sendTaskHeartbeat(tokens.get(0));
      }
    }

    assertThat(execution.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofSeconds(3600));
  }

  @Test
  void unknown_malformed_and_spent_tokens_get_the_api_errors() {
    Execution execution = startApproval();
    emulator.sendTaskSuccess(tokens.get(0), "{}");
    execution.await();

    assertThat(errorCode(() -> emulator.sendTaskSuccess(tokens.get(0), "{}")))
        .isEqualTo("TaskDoesNotExist");
    assertThat(errorCode(() -> emulator.sendTaskSuccess("AQunknownToken", "{}")))
        .isEqualTo("TaskDoesNotExist");
    assertThat(errorCode(() -> emulator.sendTaskSuccess("not a token!", "{}")))
        .isEqualTo("InvalidToken");
    assertThat(errorCode(() -> emulator.sendTaskHeartbeat(""))).isEqualTo("InvalidToken");
  }

  @Test
  void stopping_the_execution_spends_its_token() {
    Execution execution = startApproval();

    emulator.stopExecution(execution.arn(), "Stopped", "by the test");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(types(execution))
        .contains(HistoryEventType.TaskStateAborted, HistoryEventType.ExecutionAborted);
    assertThat(errorCode(() -> emulator.sendTaskSuccess(tokens.get(0), "{}")))
        .isEqualTo("TaskDoesNotExist");
  }

  static String errorCode(Runnable call) {
    try {
      call.run();
      return null;
    } catch (SfnApiException e) {
      return e.errorCode();
    }
  }

  static List<HistoryEventType> types(Execution execution) {
    return execution.history().stream().map(HistoryEvent::type).toList();
  }
}
