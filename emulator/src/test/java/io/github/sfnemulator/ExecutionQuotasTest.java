package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The execution quotas AWS enforces (Step Functions developer guide, "Step Functions service
 * quotas", quotas related to state machine executions): a STANDARD execution runs at most one year,
 * then fails with {@code States.Timeout} (an EXPRESS one five minutes); its history holds at most
 * 25,000 events, the last being the ExecutionFailed event. Time arithmetic saturates on the way, so
 * no definition can move the clock beyond what any conversion holds (issue 14).
 */
class ExecutionQuotasTest {
  private static final Duration ONE_YEAR = Duration.ofDays(365);

  @Test
  void a_retrier_whose_back_off_overflows_times_out_at_one_year_and_the_emulator_keeps_serving() {
    // GIVEN the probe of issue 14: a Parallel retried 99 times, 99999999 s growing tenfold
    String definition =
        """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "End": true,
                "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 99999999,
                           "BackoffRate": 10, "MaxAttempts": 99}],
                "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}]}}}
        """;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("Poison", definition);
      // WHEN
      Execution execution = emulator.startExecution(machine.arn(), "{}").await();
      // THEN it ends as AWS ends it, at the one-year limit
      assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
      assertThat(execution.error()).isEqualTo("States.Timeout");
      assertThat(execution.stopDate()).isEqualTo(START.plus(ONE_YEAR));
      List<HistoryEvent> history = execution.history();
      HistoryEvent last = history.get(history.size() - 1);
      assertThat(last.type()).isEqualTo(HistoryEventType.ExecutionTimedOut);
      assertThat(history).extracting(e -> e.timestamp().toEpochMilli()).isSorted();
      // AND the clock did not move past it, and other executions still run
      assertThat(emulator.clock().now()).isEqualTo(START.plus(ONE_YEAR));
      StateMachine next =
          emulator.createStateMachine(
              "Next", "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}");
      assertThat(emulator.listStateMachines()).hasSize(2);
      assertThat(emulator.startExecution(next.arn(), "{}").await().status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
    }
  }

  @Test
  void a_wait_of_99999999_seconds_times_out_at_one_year() {
    // GIVEN a Wait of about three years
    String definition =
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 99999999, "End": true}}}
        """;
    // WHEN
    Execution execution = TestExecutions.run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.stopDate()).isEqualTo(START.plus(ONE_YEAR));
    assertThat(TestExecutions.types(execution))
        .endsWith(HistoryEventType.WaitStateAborted, HistoryEventType.ExecutionTimedOut);
  }

  @Test
  void a_seconds_path_of_long_max_value_times_out_at_one_year_instead_of_overflowing() {
    // GIVEN a Wait whose SecondsPath holds the largest long
    String definition =
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}
        """;
    // WHEN
    Execution execution = TestExecutions.run(definition, "{\"s\": 9223372036854775807}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.stopDate()).isEqualTo(START.plus(ONE_YEAR));
  }

  @Test
  void an_express_execution_times_out_after_five_minutes() {
    // GIVEN an EXPRESS machine that waits ten minutes
    String definition =
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "End": true}}}
        """;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine =
          emulator.createStateMachine("Quick", definition, null, StateMachineType.EXPRESS);
      // WHEN
      Execution execution = emulator.startExecution(machine.arn(), "{}").await();
      // THEN
      assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
      assertThat(execution.error()).isEqualTo("States.Timeout");
      assertThat(execution.stopDate()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }
  }

  @Test
  void a_timeout_seconds_shorter_than_a_year_still_applies() {
    // GIVEN an execution TimeoutSeconds of one day around a Wait of two days
    String definition =
        """
        {"TimeoutSeconds": 86400, "StartAt": "W",
         "States": {"W": {"Type": "Wait", "Seconds": 172800, "End": true}}}
        """;
    // WHEN
    Execution execution = TestExecutions.run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.stopDate()).isEqualTo(START.plus(Duration.ofDays(1)));
  }

  @Test
  void advancing_the_clock_by_the_largest_duration_saturates_instead_of_throwing() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      // WHEN
      emulator.clock().advance(Duration.ofSeconds(Long.MAX_VALUE));
      // THEN
      assertThat(emulator.clock().now()).isAfter(START.plus(Duration.ofDays(365 * 1000)));
      assertThat(emulator.clock().now().toEpochMilli()).isPositive();
    }
  }

  @ParameterizedTest(name = "{0} items")
  @ValueSource(ints = {10_000, 20_000})
  void an_inline_map_of_ten_thousand_items_or_more_fails_at_exactly_25000_events(int count) {
    // GIVEN an inline Map records four events per item (iteration started, state entered and
    // exited, iteration succeeded): 10,000 items need 40,000; the probe of issue 14 recorded 43,336
    String definition =
        """
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;
    String items = "[" + "0,".repeat(count - 1) + "0]";
    // WHEN
    Execution execution = TestExecutions.run(definition, items);
    // THEN the shape AWS records: event 25,000 is the failure, linked to event 24,999
    assertFailedAtTheHistoryLimit(execution);
  }

  @Test
  void a_loop_that_never_ends_fails_at_exactly_25000_events() {
    // GIVEN a Choice that loops forever
    String definition =
        """
        {"StartAt": "Loop", "States": {
          "Loop": {"Type": "Pass", "Next": "Again"},
          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}],
                    "Default": "Loop"},
          "Done": {"Type": "Succeed"}}}
        """;
    // WHEN
    Execution execution = TestExecutions.run(definition, "{}");
    // THEN
    assertFailedAtTheHistoryLimit(execution);
  }

  @Test
  void a_parallel_of_loops_fails_at_exactly_25000_events() {
    // GIVEN two branches that each loop forever
    String loop =
        """
        {"StartAt": "Loop#", "States": {
          "Loop#": {"Type": "Pass", "Next": "Again#"},
          "Again#": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done#"}],
                     "Default": "Loop#"},
          "Done#": {"Type": "Succeed"}}}
        """;
    String definition =
        "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": ["
            + loop.replace("#", "A")
            + ","
            + loop.replace("#", "B")
            + "]}}}";
    // WHEN
    Execution execution = TestExecutions.run(definition, "{}");
    // THEN
    assertFailedAtTheHistoryLimit(execution);
  }

  private static void assertFailedAtTheHistoryLimit(Execution execution) {
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("States.Runtime");
    assertThat(execution.cause())
        .isEqualTo("The execution reached the maximum number of history events (25000).");
    List<HistoryEvent> history = execution.history();
    assertThat(history).hasSize(25_000);
    HistoryEvent last = history.get(24_999);
    assertThat(last.type()).isEqualTo(HistoryEventType.ExecutionFailed);
    assertThat(last.id()).isEqualTo(25_000);
    assertThat(last.previousEventId()).isEqualTo(24_999);
    assertThat(history.subList(0, 24_999))
        .noneMatch(e -> e.type().name().startsWith("Execution") && e.id() > 1);
  }
}
