package io.github.sfnemulator.junit.guide;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.junit.StateMachineDefinition;
import io.github.sfnemulator.junit.StepFunctionsTest;
import io.github.sfnemulator.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/** The first test of docs/guide/getting-started.md and docs/guide/junit-extension.md. */
// tag::first-test[]
@StepFunctionsTest
class GuideFirstTest {
  @StateMachineDefinition("order.asl.json") // src/test/resources/order.asl.json
  StateMachine order;

  @Test
  void a_declined_card_is_refunded(StepFunctionsEmulator sfn, TaskMocks mocks) {
    mocks.stubFor(lambda("Charge").willThrow(lambdaError("Card.Declined", "insufficient funds")));

    Execution execution = sfn.startExecution(order.arn(), "{\"orderId\": \"o-1\"}").await();

    assertThat(execution)
        .hasSucceeded()
        .hasEnteredStatesExactly("Validate", "Charge", "Refund", "Notify");
    assertThat(execution).state("Charge").caught("States.ALL").into("Refund");
    assertThat(execution).outputAt("$.refund").isEqualToJson("\"refunded\"");
    mocks.verify(1, invocationsOf("Charge"));
  }
}
// end::first-test[]
