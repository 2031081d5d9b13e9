package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.catchThrowableOfType;
import static io.github.sfnemulator.mock.TaskMocks.state;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.junit.error.ShouldHaveChildExecutions;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ChildExecutionsAssertTest {
  private static final String DISTRIBUTED =
      """
      {"StartAt": "ProcessItems", "States": {
        "ProcessItems": {"Type": "Map", "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Throttled"], "IntervalSeconds": 1}],
                "Catch": [{"ErrorEquals": ["Declined"], "Next": "Refund"}], "End": true},
              "Refund": {"Type": "Pass", "End": true}}}}}}
      """;

  private static Execution run(String input) {
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                state("Charge")
                    .willAnswer(
                        call ->
                            call.invocation() == 0
                                ? TaskResponse.throwing("Throttled", "slow down")
                                : call.parameters().path("Payload").path("declined").asBoolean()
                                    ? TaskResponse.throwing("Declined", "no funds")
                                    : TaskResponse.returning("{\"charged\": true}")));
    try (StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.newBuilder().taskResponder(mocks).build())) {
      return emulator
          .startExecution(emulator.createStateMachine("m", DISTRIBUTED).arn(), "o-1", input)
          .await();
    }
  }

  @Test
  void asserts_each_child_execution_of_a_distributed_map() {
    // GIVEN
    Execution execution = run("[{}, {}, {\"declined\": true}]");

    // WHEN / THEN
    assertThat(execution)
        .hasSucceeded()
        .hasEnteredStatesExactly("ProcessItems", "Charge", "Charge", "Charge", "Refund");
    assertThat(execution).state("Charge").wasRetried(1);
    assertThat(execution)
        .childExecutions("ProcessItems")
        .hasSize(3)
        .allSatisfy(ExecutionAssert::hasSucceeded);
    assertThat(execution).childExecutions("ProcessItems").child(0).state("Charge").wasRetried(1);
    assertThat(execution)
        .childExecutions("ProcessItems")
        .child(2)
        .hasEnteredStatesExactly("Charge", "Refund")
        .state("Charge")
        .caught("Declined")
        .into("Refund");
  }

  @Test
  void a_wrong_number_of_children_names_the_state_and_the_children() {
    // GIVEN
    Execution execution = run("[{}, {}]");

    // WHEN
    AssertionFailedError error =
        catchThrowableOfType(
            AssertionFailedError.class,
            () -> assertThat(execution).childExecutions("ProcessItems").hasSize(3));

    // THEN
    assertThat(error)
        .hasMessage(
            ShouldHaveChildExecutions.shouldHaveChildExecutions(
                    ExecutionView.of(execution), "ProcessItems", 3, List.of("o-1-2-0", "o-1-2-1"))
                .message());
    assertThat(error.getMessage()).contains("to have started 3 child execution(s)", "it started 2");
  }
}
