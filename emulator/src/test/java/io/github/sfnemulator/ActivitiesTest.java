package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEventType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Activities: workers poll GetActivityTask and answer with the task token. */
class ActivitiesTest {
  private final StepFunctionsEmulator emulator = StepFunctionsEmulator.create();

  @AfterEach
  void close() {
    emulator.close();
  }

  private Execution startWith(Activity activity, String extraTaskFields) {
    String definition =
        """
        {"StartAt":"Pack","States":{"Pack":{"Type":"Task","Resource":"%s",%s
          "Parameters":{"item.$":"$.item"},"End":true}}}
        """
            .formatted(activity.arn(), extraTaskFields);
    StateMachine machine = emulator.createStateMachine("Packing", definition);
    return emulator.startExecution(machine.arn(), "{\"item\":\"book\"}");
  }

  @Test
  void a_worker_takes_the_task_and_its_answer_becomes_the_result() {
    // GIVEN
    Activity activity = emulator.createActivity("pack");
    Execution execution = startWith(activity, "");

    // WHEN
    Optional<ActivityTask> task =
        emulator.getActivityTask(activity.arn(), "worker-1", Duration.ofSeconds(1));
    emulator.sendTaskSuccess(task.orElseThrow().taskToken(), "{\"box\":7}");

    // THEN
    assertThat(task.get().input()).isEqualTo("{\"item\":\"book\"}");
    assertThat(execution.await().output()).isEqualTo("{\"box\":7}");
    assertThat(CallbackTasksTest.types(execution))
        .containsSubsequence(
            HistoryEventType.ActivityScheduled,
            HistoryEventType.ActivityStarted,
            HistoryEventType.ActivitySucceeded);
    assertThat(emulator.describeActivity(activity.arn()).name()).isEqualTo("pack");
    assertThat(emulator.listActivities()).extracting(Activity::arn).containsExactly(activity.arn());
  }

  @Test
  void no_task_means_an_empty_poll_after_the_wait() {
    Activity activity = emulator.createActivity("idle");

    assertThat(emulator.getActivityTask(activity.arn(), "w", Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void an_activity_nobody_takes_times_out() {
    Activity activity = emulator.createActivity("slow");
    Execution execution = startWith(activity, "\"TimeoutSeconds\":30,");

    emulator.clock().advance(Duration.ofSeconds(30));

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(CallbackTasksTest.types(execution)).contains(HistoryEventType.ActivityTimedOut);
  }

  @Test
  void a_token_of_a_task_no_worker_took_does_not_exist_yet() {
    Activity activity = emulator.createActivity("queued");
    startWith(activity, "");

    assertThat(CallbackTasksTest.errorCode(() -> emulator.sendTaskSuccess("AQsomething", "{}")))
        .isEqualTo("TaskDoesNotExist");
    assertThat(CallbackTasksTest.errorCode(() -> emulator.describeActivity(activity.arn() + "x")))
        .isEqualTo("ActivityDoesNotExist");
  }
}
