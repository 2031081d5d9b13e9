package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.START;
import static io.github.sfnemulator.TestExecutions.events;
import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static io.github.sfnemulator.TestExecutions.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.history.HistoryEventType;
import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void returns_the_branch_results_in_branch_order_whatever_order_they_finish_in() {
    // GIVEN the first branch finishes last
    String definition =
        """
        {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 30, "Next": "R0"},
                                         "R0": {"Type": "Pass", "Result": "first", "End": true}}},
          {"StartAt": "Fast", "States": {"Fast": {"Type": "Wait", "Seconds": 1, "Next": "R1"},
                                         "R1": {"Type": "Pass", "Result": "second", "End": true}}},
          {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}]}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"in\": 1}");
    // THEN
    assertThat(execution.outputJson()).isEqualTo(json("[\"first\", \"second\", {\"in\": 1}]"));
    assertThat(execution.stopDate()).isEqualTo(START.plusSeconds(30));
    assertThat(types(execution))
        .startsWith(
            HistoryEventType.ExecutionStarted,
            HistoryEventType.ParallelStateEntered,
            HistoryEventType.ParallelStateStarted)
        .endsWith(HistoryEventType.ParallelStateExited, HistoryEventType.ExecutionSucceeded);
  }

  @Test
  void applies_parameters_result_selector_and_result_path_to_the_whole_state() {
    String definition =
        """
        {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true,
          "Parameters": {"x.$": "$.a"}, "ResultSelector": {"firstX.$": "$[0].x"}, "ResultPath": "$.out",
          "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}]}}}
        """;

    Execution execution = run(definition, "{\"a\": 5}");

    assertThat(execution.outputJson()).isEqualTo(json("{\"a\": 5, \"out\": {\"firstX\": 5}}"));
  }

  @Test
  void a_failed_branch_fails_the_state_and_aborts_the_others() {
    // GIVEN one branch that waits and one that fails at once
    String definition =
        """
        {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Long", "States": {"Long": {"Type": "Wait", "Seconds": 100, "End": true}}},
          {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Boom", "Cause": "why"}}}]}}}
        """;
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("Boom");
    assertThat(execution.cause()).isEqualTo("why");
    assertThat(execution.stopDate()).isEqualTo(START);
    assertThat(types(execution))
        .contains(HistoryEventType.WaitStateAborted, HistoryEventType.ParallelStateFailed)
        .doesNotContain(HistoryEventType.WaitStateExited)
        .endsWith(HistoryEventType.ExecutionFailed);
  }

  @Test
  void retries_the_whole_state_when_a_branch_fails() {
    // GIVEN a branch Task that fails on its first call only
    String definition =
        """
        {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true,
          "Retry": [{"ErrorEquals": ["E"], "IntervalSeconds": 5}],
          "Branches": [
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}},
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 2, "End": true}}}]}}}
        """;
    TaskResponder failsOnce =
        call ->
            call.invocation() == 0
                ? TaskResponse.throwing("E", "once")
                : TaskResponse.returning(json("1"));
    // WHEN
    Execution execution = run(definition, "{}", failsOnce);
    // THEN
    assertThat(execution.outputJson()).isEqualTo(json("[1, 2]"));
    assertThat(events(execution, HistoryEventType.ParallelStateStarted)).hasSize(2);
    assertThat(events(execution, HistoryEventType.ParallelStateStarted).get(1).timestamp())
        .isEqualTo(START.plusSeconds(5));
  }

  @Test
  void catches_a_branch_failure_on_the_whole_state() {
    String definition =
        """
        {"StartAt": "Par", "States": {
          "Par": {"Type": "Parallel", "Next": "Done",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}],
            "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Bad", "Cause": "c"}}}]},
          "Done": {"Type": "Succeed"},
          "Handled": {"Type": "Pass", "End": true}}}
        """;

    Execution execution = run(definition, "{}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson()).isEqualTo(json("{\"Error\": \"Bad\", \"Cause\": \"c\"}"));
    assertThat(execution.statesEntered()).containsExactly("Par", "F", "Handled");
  }
}
