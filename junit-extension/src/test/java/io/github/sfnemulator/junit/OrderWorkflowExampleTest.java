package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import org.junit.jupiter.api.Test;

// The README's example, as a consumer writes it.
// tag::retry_example[]
@StepFunctionsTest
class OrderWorkflowExampleTest {
  @StateMachineDefinition("order.asl.json")
  StateMachine order;

  @Test
  void retries_a_throttled_charge_twice(StepFunctionsEmulator sfn, TaskMocks mocks) {
    TaskResponse.Throw throttle = lambdaError("Lambda.TooManyRequestsException", "Slow down");
    mocks.stubFor(
        lambda("Charge").willThrow(throttle).thenThrow(throttle).thenReturn("{\"charged\": true}"));

    Execution execution = sfn.startExecution(order.arn(), "{\"orderId\": \"o-1\"}").await();

    assertThat(execution).hasSucceeded().hasEnteredStatesExactly("Validate", "Charge", "Notify");
    assertThat(execution).hasOutput("{\"orderId\": \"o-1\", \"charge\": {\"charged\": true}}");
    assertThat(execution).state("Charge").wasRetried(2);
  }
}
// end::retry_example[]
