package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.mock.TaskResponder;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  /** Random functions, jittered retries, a Parallel and a Map with interleaving iterations. */
  private static final String DEFINITION =
      """
      {"StartAt": "Random", "States": {
        "Random": {"Type": "Pass", "Parameters": {
            "id.$": "States.UUID()", "n.$": "States.MathRandom(0, 1000000)", "items": [3, 1, 2]},
          "Next": "Par"},
        "Par": {"Type": "Parallel", "Next": "Done", "Branches": [
          {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Retry": [{"ErrorEquals": ["E"], "IntervalSeconds": 30, "MaxAttempts": 3, "JitterStrategy": "FULL"}],
            "End": true}}},
          {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "End": true,
            "ItemProcessor": {"StartAt": "W", "States": {
              "W": {"Type": "Wait", "SecondsPath": "$", "Next": "Id"},
              "Id": {"Type": "Pass", "Parameters": {"u.$": "States.UUID()"}, "End": true}}}}}}]},
        "Done": {"Type": "Succeed"}}}
      """;

  private static final TaskResponder FAILS_TWICE =
      call ->
          call.invocation() < 2
              ? TaskResponse.throwing("E", "flaky")
              : TaskResponse.returning(call.parameters());

  private static Execution runWithSeed(long seed) {
    EmulatorOptions options =
        EmulatorOptions.newBuilder().randomSeed(seed).taskResponder(FAILS_TWICE).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine machine = emulator.createStateMachine("M", DEFINITION);
      return emulator.startExecution(machine.arn(), "{\"k\": 1}").await();
    }
  }

  @Test
  void the_same_definition_input_and_responses_give_the_same_history() {
    // WHEN
    Execution first = runWithSeed(7);
    Execution second = runWithSeed(7);
    // THEN
    assertThat(first.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(first.name()).isEqualTo(second.name());
    assertThat(first.output()).isEqualTo(second.output());
    assertThat(first.history()).isEqualTo(second.history());
  }

  @Test
  void another_seed_gives_other_random_values() {
    Execution first = runWithSeed(7);
    Execution other = runWithSeed(8);

    assertThat(other.outputJson().get(0).get("id"))
        .isNotEqualTo(first.outputJson().get(0).get("id"));
  }
}
