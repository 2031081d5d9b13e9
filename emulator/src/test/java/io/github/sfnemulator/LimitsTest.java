package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfnemulator.history.HistoryEvent;
import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {
  /** A JSON string of 262,145 bytes with its quotes: one byte over the limit. */
  private static final String OVER_LIMIT = "x".repeat(262_143);

  // StartExecution "input": "Length Constraints: Maximum length of 262144"
  // (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html)
  @Test
  void an_input_over_the_payload_limit_is_refused_by_the_call_itself() {
    // GIVEN
    String definition =
        """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
        """;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      String arn = emulator.createStateMachine("M", definition).arn();
      // WHEN
      SfnApiException started =
          catchThrowableOfType(
              () -> emulator.startExecution(arn, "\"" + OVER_LIMIT + "\""), SfnApiException.class);
      SfnApiException synced =
          catchThrowableOfType(
              () -> emulator.startSyncExecution(arn, "{\"s\": \"" + "x".repeat(300 * 1024) + "\"}"),
              SfnApiException.class);
      // THEN
      assertThat(List.of(started, synced))
          .allSatisfy(
              e ->
                  assertThat(e)
                      .hasMessage(
                          "ValidationException: 1 validation error detected: Value at 'input' failed to"
                              + " satisfy constraint: Member must have length less than or equal to 262144"));
      assertThat(emulator.listExecutions(arn)).isEmpty();
    }
  }

  @Test
  void the_call_counts_characters_and_the_execution_the_payload_bytes() {
    // GIVEN 87,382 three-byte characters: 262,146 bytes with the quotes, within the call's
    // 262,144 characters (HistoryFidelityTest shows the history of such an execution)
    String input = "\"" + "\u20ac".repeat(87_382) + "\"";
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      String arn =
          emulator
              .createStateMachine(
                  "M",
                  "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}")
              .arn();
      // WHEN
      Execution execution = emulator.startExecution(arn, input).await();
      // THEN
      assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(execution.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1} junk", "{\"a\":1.5} {}", "[1] ]", "1 2", "{\"a\":1}}"})
  void input_with_text_after_its_json_value_is_invalid_execution_input(String input) {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      String arn =
          emulator
              .createStateMachine(
                  "M",
                  "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}")
              .arn();
      // WHEN
      SfnApiException e =
          catchThrowableOfType(() -> emulator.startExecution(arn, input), SfnApiException.class);
      // THEN
      assertThat(e.errorCode()).isEqualTo("InvalidExecutionInput");
      assertThat(e.getMessage()).doesNotContain("\n");
      assertThat(emulator.listExecutions(arn)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1}\n", "  {\"a\": 1.5}  \r\n\t", "[1] "})
  void input_with_only_whitespace_after_its_json_value_is_accepted(String input) {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      String arn =
          emulator
              .createStateMachine(
                  "M",
                  "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}")
              .arn();
      // WHEN
      Execution execution = emulator.startExecution(arn, input).await();
      // THEN
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(execution.output()).isEqualTo(input.strip().replace(" ", ""));
    }
  }

  // CreateStateMachine "definition": "Maximum length of 1048576"
  // (https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html)
  @Test
  void a_definition_over_1048576_characters_is_refused_by_create_update_and_validate() {
    // GIVEN a valid definition padded with a long Comment to 1,048,577 characters
    String head = "{\"Comment\": \"";
    String tail =
        "\", \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    String tooLong = head + "c".repeat(1_048_577 - head.length() - tail.length()) + tail;
    String atLimit = head + "c".repeat(1_048_576 - head.length() - tail.length()) + tail;
    String expected =
        "ValidationException: 1 validation error detected: Value at 'definition' failed to satisfy"
            + " constraint: Member must have length less than or equal to 1048576";
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      // WHEN / THEN
      assertThat(
              catchThrowableOfType(
                  () -> emulator.createStateMachine("M", tooLong), SfnApiException.class))
          .hasMessage(expected);
      assertThat(catchThrowableOfType(() -> emulator.validate(tooLong), SfnApiException.class))
          .hasMessage(expected);
      String arn = emulator.createStateMachine("M", atLimit).arn();
      assertThat(
              catchThrowableOfType(
                  () -> emulator.updateStateMachine(arn, tooLong, null), SfnApiException.class))
          .hasMessage(expected);
    }
  }

  @Test
  void a_payload_just_at_the_limit_is_accepted() {
    String definition =
        """
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
        run(
            definition,
            "{}",
            call -> TaskResponse.returning(JsonNodeFactory.instance.textNode(OVER_LIMIT)));
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
