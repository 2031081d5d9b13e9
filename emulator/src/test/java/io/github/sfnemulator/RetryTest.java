package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.START;
import static io.github.sfnemulator.TestExecutions.run;
import static io.github.sfnemulator.TestExecutions.times;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryTest {

  private static String taskWithRetry(String retriers) {
    return """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"retry.$": "$$.State.RetryCount"}, "Retry": [%s], "End": true}}}
        """
        .formatted(retriers);
  }

  /** Fails with the given errors in turn, then returns {@code {"ok": true}}. */
  private static TaskResponder failing(String... errors) {
    return call ->
        call.invocation() < errors.length
            ? TaskResponse.throwing(errors[call.invocation()], "attempt " + call.invocation())
            : TaskResponse.returning(TestExecutions.json("{\"ok\": true}"));
  }

  private static String[] repeated(int n, String error) {
    return IntStream.range(0, n).mapToObj(i -> error).toArray(String[]::new);
  }

  /** Seconds after the start at which each attempt was scheduled. */
  private static List<Long> attemptSeconds(Execution execution) {
    return times(execution, HistoryEventType.TaskScheduled).stream()
        .map(t -> Duration.between(START, t).toSeconds())
        .toList();
  }

  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of(
            "defaults: 1 s, x2, 3 attempts",
            "{\"ErrorEquals\": [\"E\"]}",
            3,
            List.of(0L, 1L, 3L, 7L)),
        Arguments.of(
            "IntervalSeconds and BackoffRate",
            "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 2, \"BackoffRate\": 3, \"MaxAttempts\": 3}",
            3,
            List.of(0L, 2L, 8L, 26L)),
        Arguments.of(
            "BackoffRate 1 keeps the interval",
            "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 5, \"BackoffRate\": 1, \"MaxAttempts\": 2}",
            2,
            List.of(0L, 5L, 10L)),
        Arguments.of(
            "MaxDelaySeconds caps the delay",
            "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 10, \"BackoffRate\": 10, \"MaxAttempts\": 3,"
                + " \"MaxDelaySeconds\": 50}",
            3,
            List.of(0L, 10L, 60L, 110L)),
        Arguments.of(
            "JitterStrategy NONE is the nominal delay",
            "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 4, \"MaxAttempts\": 2, \"JitterStrategy\": \"NONE\"}",
            2,
            List.of(0L, 4L, 12L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intervals")
  void waits_the_retry_intervals_on_the_clock(
      String behaviour, String retrier, int failures, List<Long> at) {
    // WHEN the task fails 'failures' times, then succeeds
    Execution execution = run(taskWithRetry(retrier), "{}", failing(repeated(failures, "E")));
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(attemptSeconds(execution)).isEqualTo(at);
  }

  @Test
  void ten_retries_an_hour_apart_finish_at_once_and_the_history_shows_the_hours() {
    // GIVEN
    String retrier =
        "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 3600, \"BackoffRate\": 1, \"MaxAttempts\": 10}";
    long before = System.nanoTime();
    // WHEN
    Execution execution = run(taskWithRetry(retrier), "{}", failing(repeated(10, "E")));
    // THEN
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(times(execution, HistoryEventType.TaskScheduled))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(0, 10).mapToObj(h -> START.plus(Duration.ofHours(h))).toList());
    assertThat(execution.stopDate()).isEqualTo(START.plus(Duration.ofHours(10)));
  }

  @Test
  void fails_with_the_task_error_once_max_attempts_are_used() {
    String retrier = "{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": 2}";

    Execution execution = run(taskWithRetry(retrier), "{}", failing(repeated(5, "E")));

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("E");
    assertThat(execution.cause()).isEqualTo("attempt 2");
    assertThat(times(execution, HistoryEventType.TaskScheduled)).hasSize(3);
  }

  @Test
  void max_attempts_zero_never_retries() {
    String retrier = "{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": 0}";

    Execution execution = run(taskWithRetry(retrier), "{}", failing("E"));

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(times(execution, HistoryEventType.TaskScheduled)).hasSize(1);
  }

  @Test
  void counts_attempts_per_retrier() {
    // GIVEN two retriers of one attempt each; errors A, B, A
    String retriers =
        "{\"ErrorEquals\": [\"A\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 1},"
            + " {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 1}";
    // WHEN
    Execution execution = run(taskWithRetry(retriers), "{}", failing("A", "B", "A"));
    // THEN B's attempt did not use A's: the third failure (A again) exhausts A
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("A");
    assertThat(times(execution, HistoryEventType.TaskScheduled)).hasSize(3);
  }

  @Test
  void takes_the_first_retrier_that_matches() {
    // GIVEN a specific retrier of 10 s before a catch-all of 1 s
    String retriers =
        "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 10, \"MaxAttempts\": 1},"
            + " {\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 5}";
    // WHEN
    Execution execution = run(taskWithRetry(retriers), "{}", failing("E", "Other"));
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(attemptSeconds(execution)).containsExactly(0L, 10L, 11L);
  }

  @Test
  void state_retry_count_tells_each_attempt_its_number() {
    // GIVEN
    List<JsonNode> seen = new ArrayList<>();
    TaskResponder failTwice = failing("E", "E");
    TaskResponder recording =
        call -> {
          seen.add(call.parameters().get("retry"));
          return failTwice.respond(call);
        };
    // WHEN
    Execution execution = run(taskWithRetry("{\"ErrorEquals\": [\"E\"]}"), "{}", recording);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(seen).extracting(JsonNode::asInt).containsExactly(0, 1, 2);
  }

  @Test
  void full_jitter_delays_are_random_below_the_nominal_delay_and_repeat_with_the_seed() {
    // GIVEN
    String retrier =
        "{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 100, \"BackoffRate\": 1, \"MaxAttempts\": 6,"
            + " \"JitterStrategy\": \"FULL\"}";
    EmulatorOptions options =
        EmulatorOptions.newBuilder()
            .randomSeed(42)
            .taskResponder(failing(repeated(6, "E")))
            .build();
    // WHEN
    List<Instant> first =
        times(
            TestExecutions.run(options, taskWithRetry(retrier), "{}"),
            HistoryEventType.TaskScheduled);
    List<Instant> second =
        times(
            TestExecutions.run(options, taskWithRetry(retrier), "{}"),
            HistoryEventType.TaskScheduled);
    // THEN
    assertThat(first).isEqualTo(second).hasSize(7);
    List<Duration> delays =
        IntStream.range(1, first.size())
            .mapToObj(i -> Duration.between(first.get(i - 1), first.get(i)))
            .toList();
    assertThat(delays)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(100)));
    assertThat(delays).doesNotHaveDuplicates();
  }

  static Stream<Arguments> matching() {
    return Stream.of(
        Arguments.of("[\"States.ALL\"]", "Custom.Error", true),
        Arguments.of("[\"States.TaskFailed\"]", "Custom.Error", true),
        Arguments.of("[\"States.TaskFailed\"]", "States.Timeout", false),
        Arguments.of("[\"States.ALL\"]", "States.Timeout", true),
        Arguments.of("[\"States.Timeout\"]", "States.Timeout", true),
        Arguments.of("[\"Other\", \"Custom.Error\"]", "Custom.Error", true),
        Arguments.of("[\"Custom\"]", "Custom.Error", false));
  }

  @ParameterizedTest(name = "ErrorEquals {0} on {1} -> {2}")
  @MethodSource("matching")
  void matches_error_names_as_aws_does(String errorEquals, String error, boolean retried) {
    String retrier = "{\"ErrorEquals\": " + errorEquals + ", \"MaxAttempts\": 1}";

    Execution execution = run(taskWithRetry(retrier), "{}", failing(error));

    assertThat(execution.status())
        .isEqualTo(retried ? ExecutionStatus.SUCCEEDED : ExecutionStatus.FAILED);
    assertThat(times(execution, HistoryEventType.TaskScheduled)).hasSize(retried ? 2 : 1);
  }
}
