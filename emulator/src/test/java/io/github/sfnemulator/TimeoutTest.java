package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.START;
import static io.github.sfnemulator.TestExecutions.events;
import static io.github.sfnemulator.TestExecutions.run;
import static io.github.sfnemulator.TestExecutions.times;
import static io.github.sfnemulator.TestExecutions.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutTest {

  private static final TaskResponder NEVER_ANSWERS = call -> new TaskResponse.Timeout();

  private static String task(String fields) {
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", %s "End": true}%s}}
        """
        .formatted(
            fields,
            fields.contains("Caught") ? ", \"Caught\": {\"Type\": \"Pass\", \"End\": true}" : "");
  }

  @Test
  void task_times_out_after_timeout_seconds_with_states_timeout() {
    // WHEN
    Execution execution = run(task("\"TimeoutSeconds\": 30,"), "{}", NEVER_ANSWERS);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(times(execution, HistoryEventType.TaskTimedOut))
        .containsExactly(START.plusSeconds(30));
    assertThat(types(execution))
        .endsWith(HistoryEventType.TaskTimedOut, HistoryEventType.ExecutionFailed);
  }

  @Test
  void task_timeout_seconds_path_reads_the_timeout_from_the_input() {
    // WHEN
    Execution execution =
        run(task("\"TimeoutSecondsPath\": \"$.t\","), "{\"t\": 45}", NEVER_ANSWERS);
    // THEN
    assertThat(execution.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(times(execution, HistoryEventType.TaskTimedOut))
        .containsExactly(START.plusSeconds(45));
    HistoryEvent scheduled = events(execution, HistoryEventType.TaskScheduled).get(0);
    assertThat(scheduled.details().get("timeoutInSeconds").asLong()).isEqualTo(45);
  }

  @Test
  void timeout_seconds_path_selecting_nothing_fails_with_runtime_error() {
    Execution execution = run(task("\"TimeoutSecondsPath\": \"$.nope\","), "{}", NEVER_ANSWERS);

    assertThat(execution.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(execution.cause())
        .isEqualTo(
            "An error occurred while executing the state 'T' (entered at the event id #2)."
                + " Invalid path '$.nope' : No results for path: $['nope']");
  }

  @Test
  void states_timeout_is_caught_by_states_all_but_not_by_states_task_failed() {
    // GIVEN TaskFailed first, then ALL
    String catchers =
        "\"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Caught\", \"ResultPath\": \"$.tf\"},"
            + " {\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\", \"ResultPath\": \"$.all\"}],";
    // WHEN
    Execution execution = run(task("\"TimeoutSeconds\": 5, " + catchers), "{}", NEVER_ANSWERS);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson().has("all")).isTrue();
    assertThat(execution.outputJson().get("all").get("Error").asText())
        .isEqualTo(StatesErrors.TIMEOUT);
  }

  @Test
  void machine_timeout_seconds_ends_the_execution_timed_out() {
    // GIVEN a machine that allows 60 s and waits an hour
    String definition =
        """
        {"TimeoutSeconds": 60, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(execution.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(execution.stopDate()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    HistoryEvent last = execution.history().get(execution.history().size() - 1);
    assertThat(last.type()).isEqualTo(HistoryEventType.ExecutionTimedOut);
    assertThat(last.timestamp()).isEqualTo(START.plusSeconds(60));
    assertThat(types(execution)).doesNotContain(HistoryEventType.WaitStateExited);
  }
}
