package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.START;
import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static io.github.sfnemulator.TestExecutions.times;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WaitTest {

  private static String waitWith(String field) {
    return """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", %s, "End": true}}}
        """
        .formatted(field);
  }

  static Stream<Arguments> waits() {
    String input = "{\"s\": 3600, \"t\": \"2024-01-03T12:00:00Z\"}";
    return Stream.of(
        Arguments.of("\"Seconds\": 86400", input, START.plus(Duration.ofDays(1))),
        Arguments.of("\"SecondsPath\": \"$.s\"", input, START.plus(Duration.ofHours(1))),
        Arguments.of(
            "\"Timestamp\": \"2024-02-01T00:00:00Z\"",
            input,
            Instant.parse("2024-02-01T00:00:00Z")),
        Arguments.of("\"TimestampPath\": \"$.t\"", input, Instant.parse("2024-01-03T12:00:00Z")),
        Arguments.of("\"Timestamp\": \"2023-01-01T00:00:00Z\"", input, START),
        Arguments.of("\"Seconds\": 0", input, START));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("waits")
  void waits_on_the_virtual_clock_and_the_history_shows_the_time(
      String field, String input, Instant end) {
    // WHEN
    Execution execution = run(waitWith(field), input);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson()).isEqualTo(json(input));
    assertThat(times(execution, HistoryEventType.WaitStateEntered)).containsExactly(START);
    assertThat(times(execution, HistoryEventType.WaitStateExited)).containsExactly(end);
    assertThat(execution.stopDate()).isEqualTo(end);
  }

  @Test
  void a_one_day_wait_finishes_at_once_in_real_time() {
    // GIVEN
    long before = System.nanoTime();
    // WHEN
    Execution execution = run(waitWith("\"Seconds\": 86400"), "{}");
    // THEN
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(Duration.between(execution.startDate(), execution.stopDate()))
        .isEqualTo(Duration.ofDays(1));
  }

  @Test
  void clock_advance_moves_a_waiting_execution_forward_step_by_step() {
    // GIVEN two waits of an hour each
    String definition =
        """
        {"StartAt": "W1", "States": {
          "W1": {"Type": "Wait", "Seconds": 3600, "Next": "W2"},
          "W2": {"Type": "Wait", "Seconds": 3600, "End": true}}}
        """;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Waits", definition);
      // WHEN started, without awaiting
      Execution execution = emulator.startExecution(machine.arn(), "{}");
      // THEN it waits in W1 and time stands still
      assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
      assertThat(execution.statesEntered()).containsExactly("W1");
      assertThat(emulator.clock().now()).isEqualTo(START);

      emulator.clock().advance(Duration.ofMinutes(59));
      assertThat(execution.statesEntered()).containsExactly("W1");
      assertThat(emulator.clock().now()).isEqualTo(START.plus(Duration.ofMinutes(59)));

      emulator.clock().advance(Duration.ofMinutes(1));
      assertThat(execution.statesEntered()).containsExactly("W1", "W2");
      assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);

      emulator.clock().advance(Duration.ofHours(1));
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(execution.stopDate()).isEqualTo(START.plus(Duration.ofHours(2)));
    }
  }

  @Test
  void clock_advance_fires_due_timers_of_several_executions_in_time_order() {
    // GIVEN executions waiting 30 and 10 minutes
    String definition =
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}
        """;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Waits", definition);
      Execution slow = emulator.startExecution(machine.arn(), "{\"s\": 1800}");
      Execution fast = emulator.startExecution(machine.arn(), "{\"s\": 600}");
      // WHEN
      emulator.clock().advance(Duration.ofMinutes(20));
      // THEN
      assertThat(fast.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(fast.stopDate()).isEqualTo(START.plus(Duration.ofMinutes(10)));
      assertThat(slow.status()).isEqualTo(ExecutionStatus.RUNNING);
    }
  }

  static Stream<Arguments> misuse() {
    String prefix =
        "An error occurred while executing the state 'W' (entered at the event id #2). ";
    return Stream.of(
        Arguments.of(
            "\"SecondsPath\": \"$.s\"",
            "{\"s\": -1}",
            prefix + "The SecondsPath parameter references a negative value: $.s == -1"),
        Arguments.of(
            "\"SecondsPath\": \"$.s\"",
            "{\"s\": 1.5}",
            prefix + "The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5"),
        Arguments.of(
            "\"TimestampPath\": \"$.t\"",
            "{\"t\": \"2016-12-05 21:29:29Z\"}",
            prefix
                + "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                + " date-time format string: $.t == 2016-12-05 21:29:29Z"),
        Arguments.of(
            "\"SecondsPath\": \"$.nope\"",
            "{}",
            prefix + "Invalid path '$.nope' : No results for path: $['nope']"));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("misuse")
  void fails_with_runtime_error_on_bad_wait_values(String field, String input, String cause) {
    Execution execution = run(waitWith(field), input);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(execution.cause()).isEqualTo(cause);
  }
}
