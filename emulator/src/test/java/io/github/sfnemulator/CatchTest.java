package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static io.github.sfnemulator.TestExecutions.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatchTest {

  private static final TaskResponder FAILS_WITH_E = call -> TaskResponse.throwing("E", "it broke");

  /** A Task with {@code catchers}, after two that never match so that A and B are reachable. */
  private static String taskWithCatch(String catchers) {
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [
                {"ErrorEquals": ["Unused.A"], "Next": "A"}, {"ErrorEquals": ["Unused.B"], "Next": "B"}, %s],
                "End": true},
          "A": {"Type": "Pass", "End": true},
          "B": {"Type": "Pass", "End": true}}}
        """
        .formatted(catchers);
  }

  static Stream<Arguments> catchers() {
    return Stream.of(
        Arguments.of(
            "{\"ErrorEquals\": [\"E\"], \"Next\": \"A\"}, {\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"B\"}",
            "A"),
        Arguments.of(
            "{\"ErrorEquals\": [\"X\"], \"Next\": \"A\"}, {\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"B\"}",
            "B"),
        Arguments.of(
            "{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"A\"}, {\"ErrorEquals\": [\"E\"], \"Next\": \"B\"}",
            "A"),
        Arguments.of(
            "{\"ErrorEquals\": [\"X\", \"E\"], \"Next\": \"B\"}, {\"ErrorEquals\": [\"E\"], \"Next\": \"A\"}",
            "B"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("catchers")
  void transitions_to_the_first_matching_catcher(String catchers, String next) {
    Execution execution = run(taskWithCatch(catchers), "{}", FAILS_WITH_E);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.statesEntered()).containsExactly("T", next);
  }

  static Stream<Arguments> resultPaths() {
    String errorOutput = "{\"Error\": \"E\", \"Cause\": \"it broke\"}";
    return Stream.of(
        Arguments.of("", errorOutput),
        Arguments.of(", \"ResultPath\": \"$\"", errorOutput),
        Arguments.of(
            ", \"ResultPath\": \"$.failure\"", "{\"in\": 1, \"failure\": " + errorOutput + "}"),
        Arguments.of(", \"ResultPath\": null", "{\"in\": 1}"));
  }

  @ParameterizedTest(name = "ResultPath {0}")
  @MethodSource("resultPaths")
  void writes_the_error_output_where_result_path_says(String resultPath, String output) {
    String catcher = "{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"A\"" + resultPath + "}";

    Execution execution = run(taskWithCatch(catcher), "{\"in\": 1}", FAILS_WITH_E);

    assertThat(execution.outputJson()).isEqualTo(json(output));
  }

  @Test
  void uncaught_errors_fail_the_execution_with_the_task_error_and_cause() {
    Execution execution =
        run(taskWithCatch("{\"ErrorEquals\": [\"X\"], \"Next\": \"A\"}"), "{}", FAILS_WITH_E);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("E");
    assertThat(execution.cause()).isEqualTo("it broke");
    assertThat(types(execution))
        .endsWith(HistoryEventType.TaskFailed, HistoryEventType.ExecutionFailed);
  }

  @Test
  void catches_after_the_retries_are_used_up() {
    // GIVEN
    String definition =
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 2}],
                "Catch": [{"ErrorEquals": ["E"], "Next": "A"}], "End": true},
          "A": {"Type": "Pass", "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}", FAILS_WITH_E);
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(TestExecutions.events(execution, HistoryEventType.TaskFailed)).hasSize(3);
  }

  @Test
  void catches_the_error_of_a_fail_state_inside_a_parallel() {
    // GIVEN
    String definition =
        """
        {"StartAt": "Par", "States": {
          "Par": {"Type": "Parallel", "Branches": [
              {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "why"}}}],
            "Catch": [{"ErrorEquals": ["Boom"], "ResultPath": "$.err", "Next": "A"}], "End": true},
          "A": {"Type": "Pass", "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"in\": 1}");
    // THEN
    assertThat(execution.outputJson())
        .isEqualTo(json("{\"in\": 1, \"err\": {\"Error\": \"Boom\", \"Cause\": \"why\"}}"));
  }
}
