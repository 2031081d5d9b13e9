package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsTest {
  /** A JSON string of 262,145 bytes with its quotes: one byte over the limit. */
  private static final String OVER_LIMIT = "x".repeat(262_143);

  @Test
  void an_input_over_the_payload_limit_fails_the_execution() {
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
        """;

    Execution execution = run(definition, "\"" + OVER_LIMIT + "\"");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
  }

  @Test
  void a_payload_just_at_the_limit_is_accepted() {
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
        """;

    Execution execution = run(definition, "\"" + "x".repeat(262_142) + "\"");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void a_state_output_over_the_limit_fails_with_data_limit_exceeded() {
    // GIVEN a Pass that doubles a string of 150,000 bytes
    String definition =
        """
        {"StartAt": "P", "States": {"P": {"Type": "Pass",
          "Parameters": {"a.$": "$.s", "b.$": "$.s"}, "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"s\": \"" + "y".repeat(150_000) + "\"}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
  }

  @Test
  void a_task_result_over_the_limit_is_caught_by_states_all_as_data_limit_exceeded() {
    // GIVEN (as recorded on AWS: error_handling/test_service_task_lambada_catch_state_all_...)
    String definition =
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
          "Handled": {"Type": "Pass", "End": true}}}
        """;
    // WHEN
    Execution execution =
        run(definition, "{}", call -> TaskResponse.returning(JsonNodeFactory.instance.textNode(OVER_LIMIT)));
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson())
        .isEqualTo(
            json(
                """
                {"Error": "States.DataLimitExceeded", "Cause": "The state/task 'lambda' returned a result\
                 with a size exceeding the maximum number of bytes service limit."}
                """));
  }

  @Test
  void an_execution_exceeding_25000_history_events_fails() {
    // GIVEN a loop that never ends
    String definition =
        """
        {"StartAt": "Loop", "States": {
          "Loop": {"Type": "Pass", "Next": "Again"},
          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}],
                    "Default": "Loop"},
          "Done": {"Type": "Succeed"}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    List<HistoryEvent> history = execution.history();
    assertThat(history).hasSizeLessThanOrEqualTo(25_000).hasSizeGreaterThan(24_000);
    assertThat(history.get(history.size() - 1).type()).isEqualTo(HistoryEventType.ExecutionFailed);
  }
}
