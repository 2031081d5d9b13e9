package io.github.sfnemulator.junit.guide;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.junit.StateMachineDefinition;
import io.github.sfnemulator.junit.StepFunctionsTest;
import io.github.sfnemulator.junit.TimeControl;
import io.github.sfnemulator.mock.TaskMocks;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The TimeControl example of docs/guide/virtual-time.md. */
@StepFunctionsTest(startTime = "2024-01-01T00:00:00Z")
class GuideTimeControlTest {
  @StateMachineDefinition("statemachines/reminder.asl.yaml") // a Wait of one day, then SendReminder
  StateMachine reminder;

  @Test
  void the_reminder_goes_out_after_exactly_one_day(
      StepFunctionsEmulator sfn, TaskMocks mocks, TimeControl time) {
    // tag::time-control[]
    mocks.stubFor(state("SendReminder").willReturn("{\"MessageId\": \"m-1\"}"));
    Execution execution =
        sfn.startExecution(reminder.arn(), "{\"message\": \"pay\"}"); // in the Wait

    time.advance(Duration.ofHours(23));
    assertThat(execution).hasNotEnteredStates("SendReminder");

    time.runUntilStateEntered(execution, "SendReminder"); // stops the clock as the Wait ends
    assertThat(time.now()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    assertThat(execution.await()).hasSucceeded();
    // end::time-control[]
  }
}
