package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.Test;

/** The README's example, as a consumer writes it. */
@StepFunctionsTest
class OrderWorkflowExampleTest {

  // tag::retry_example[]
  @Test
  void retries_a_throttled_charge_twice_then_notifies(StepFunctionsEmulator sfn,
      TaskResponderRegistry mocks, @StateMachineDefinition("order.asl.json") StateMachine order) {
    mocks.mock("Charge", call -> call.invocation() < 2
        ? TaskResponse.throwing("Lambda.TooManyRequestsException", "Rate exceeded")
        : TaskResponse.returning("{\"charged\": true}"));

    Execution execution = sfn.startExecution(order.arn(), "{\"orderId\": \"o-1\"}").await();

    assertThat(execution).hasSucceeded()
        .hasEnteredStatesExactly("Validate", "Charge", "Notify")
        .hasOutput("{\"orderId\": \"o-1\", \"charge\": {\"charged\": true}}");
    assertThat(execution).state("Charge").wasRetried(2);
  }
  // end::retry_example[]
}
