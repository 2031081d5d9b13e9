package io.github.sfnemulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TimeControlTest {
  private static final String WAITS =
      "{\"StartAt\":\"Hold\",\"States\":{"
          + "\"Hold\":{\"Type\":\"Wait\",\"Seconds\":3600,\"Next\":\"Done\"},"
          + "\"Done\":{\"Type\":\"Pass\",\"End\":true}}}";

  private final StepFunctionsEmulator emulator = StepFunctionsEmulator.create();
  private final TimeControl time = new TimeControl(emulator.clock());

  @Test
  void runs_until_the_state_is_entered_and_stops_the_clock_there() {
    Execution execution = start();
    time.advance(Duration.ofMinutes(59));
    assertThat(execution.statesEntered()).containsExactly("Hold");

    time.runUntilStateEntered(execution, "Done");

    assertThat(time.now()).isEqualTo(Instant.parse("2024-01-01T01:00:00Z"));
    assertThat(execution.statesEntered()).containsExactly("Hold", "Done");
  }

  @Test
  void fails_with_the_trace_when_the_execution_ends_without_entering_the_state() {
    Execution execution = start();

    AssertionFailedError error =
        catchThrowableOfType(
            AssertionFailedError.class, () -> time.runUntilStateEntered(execution, "Never"));

    assertThat(error)
        .hasMessageStartingWith(
            String.format(
                "%nExpecting execution 'run' to enter state 'Never' as time passes, but it ended"
                    + " first:"))
        .hasMessageContaining("  Done (Pass)");
  }

  private Execution start() {
    return emulator.startExecution(emulator.createStateMachine("waits", WAITS).arn(), "run", "{}");
  }
}
