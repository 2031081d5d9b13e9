package io.github.sfnemulator.internal.graph;

import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.internal.parse.DefinitionParser;
import io.github.sfnemulator.mock.TaskMocks;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElementHitsTest {
  static final String DEFINITION =
      """
      {"StartAt": "C", "States": {
        "C": {"Type": "Choice", "Choices": [
            {"Variable": "$.n", "NumericEquals": 1, "Next": "T"},
            {"Variable": "$.n", "NumericEquals": 2, "Next": "T"}],
          "Default": "T"},
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "f"},
          "Retry": [{"ErrorEquals": ["A"], "MaxAttempts": 1},
                    {"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}],
          "Catch": [{"ErrorEquals": ["X"], "Next": "P"},
                    {"ErrorEquals": ["States.ALL"], "Next": "Q"}],
          "End": true},
        "P": {"Type": "Pass", "End": true},
        "Q": {"Type": "Pass", "End": true}}}
      """;

  static Map<String, Integer> hits(String input, TaskMocks mocks) {
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      StateMachine machine = emulator.createStateMachine("m", DEFINITION);
      ExecutionTrace trace =
          ExecutionTrace.of(emulator.startExecution(machine.arn(), input).await().history());
      return ElementHits.of(GraphBuilder.build(DefinitionParser.parse("m", DEFINITION)), trace);
    }
  }

  @Test
  void credits_each_retry_to_the_first_retrier_matching_its_error_and_the_catch_that_matched() {
    // GIVEN A is retried by the first retrier, B by the second, Y exhausts it and is caught
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(state("T").willThrow("A", "a").thenThrow("B", "b").thenThrow("Y", "y"));

    // WHEN
    Map<String, Integer> hits = hits("{\"n\":3}", mocks);

    // THEN
    assertThat(hits)
        .containsEntry("/States/T/Retry/0", 1)
        .containsEntry("/States/T/Retry/1", 1)
        .containsEntry("/States/T/Catch/1", 1)
        .containsEntry("/States/Q", 1)
        .doesNotContainKeys("/States/T/Catch/0", "/States/P");
  }

  @Test
  void
      credits_the_first_rule_when_rules_share_a_target_since_the_history_does_not_say_which_matched() {
    // GIVEN the second rule matches; both rules and Default lead to T (a known limit: the history
    // names the next state, not the rule, so the first of the three is credited)
    TaskMocks mocks = TaskMocks.create().stubFor(state("T").willReturn("{}"));

    // WHEN
    Map<String, Integer> hits = hits("{\"n\":2}", mocks);

    // THEN
    assertThat(hits)
        .containsEntry("/States/C/Choices/0", 1)
        .doesNotContainKeys("/States/C/Choices/1", "/States/C/Default");
  }
}
