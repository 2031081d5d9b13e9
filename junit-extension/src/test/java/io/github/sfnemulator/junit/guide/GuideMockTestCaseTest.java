package io.github.sfnemulator.junit.guide;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.junit.MockTestCase;
import io.github.sfnemulator.junit.StateMachineDefinition;
import io.github.sfnemulator.junit.StepFunctionsExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MockConfigFile.json example of docs/guide/junit-extension.md. */
// tag::mock-test-case[]
class GuideMockTestCaseTest {
  @RegisterExtension
  StepFunctionsExtension sfn =
      StepFunctionsExtension.newInstance()
          .mockConfig(Path.of("src/test/resources/MockConfigFile.json"))
          .build();

  @StateMachineDefinition("order.asl.json") // named "order", as in the mock config
  StateMachine order;

  @Test
  @MockTestCase("HappyPath")
  void charges_the_card() {
    Execution execution = sfn.emulator().startExecution(order.arn(), "{}").await();

    assertThat(execution).hasSucceeded().hasOutput("{\"charge\": {\"from\": \"config\"}}");
  }

  @Test
  @MockTestCase("RefundPath")
  void refunds_a_declined_card() {
    Execution execution = sfn.emulator().startExecution(order.arn(), "{}").await();

    assertThat(execution).state("Charge").caught("Card.Declined").into("Refund");
  }
}
// end::mock-test-case[]
