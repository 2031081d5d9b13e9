package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.mock.TaskMocks.equalToJson;
import static io.github.sfnemulator.mock.TaskMocks.lambdaError;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.resource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.template.StateMachineTemplate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * State machines kept in a SAM template, named by logical id, with their Lambda mocked by logical
 * id.
 */
@StepFunctionsTest
class TemplateDefinitionTest {
  @StateMachineDefinition(value = "sam-orders/template.yaml", logicalId = "OrderStateMachine")
  StateMachine orders;

  @StateMachineDefinition("sam-orders/template.yaml")
  StateMachineTemplate template;

  @Test
  void runs_the_templates_state_machine_with_its_function_mocked_by_logical_id(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    // GIVEN
    mocks.stubFor(
        template
            .lambdaFunction("ChargeFunction")
            .willThrow(lambdaError("Lambda.TooManyRequestsException", "Rate exceeded"))
            .thenReturn(lambdaInvokeResult("{\"charged\":true}")));
    mocks.stubFor(
        resource("arn:aws:states:::dynamodb:putItem")
            .withParameters(
                equalToJson("{\"TableName\":\"OrdersTable\",\"Item\":{\"id\":{\"S\":\"o-1\"}}}"))
            .willReturn("{}"));

    // WHEN
    Execution execution = sfn.startExecution(orders.arn(), "{\"id\":\"o-1\"}").await();

    // THEN
    assertThat(execution).hasSucceeded().hasEnteredStatesExactly("Charge", "Save");
    assertThat(execution).state("Charge").wasRetried(1);
    Assertions.assertThat(orders.name()).isEqualTo("orders-dev");
    mocks.verify(2, template.callsToFunction("ChargeFunction"));
  }

  @Test
  void values_override_the_templates_parameters(
      StepFunctionsEmulator sfn,
      TaskMocks mocks,
      @StateMachineDefinition(
              value = "sam-orders/template.yaml",
              logicalId = "RefundStateMachine",
              values = "Stage=test")
          StateMachine refunds) {
    // GIVEN
    mocks.stubFor(TaskMocks.lambdaFunction("charge-test").willReturn(lambdaInvokeResult("{}")));

    // WHEN
    Execution execution = sfn.startExecution(refunds.arn(), "{}").await();

    // THEN
    assertThat(execution).hasSucceeded();
    Assertions.assertThat(refunds.name()).isEqualTo("RefundStateMachine");
  }

  @Test
  void a_template_with_several_state_machines_needs_a_logical_id() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(AmbiguousTemplateTestCase.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "@StateMachineDefinition(\"sam-orders/template.yaml\") on field 'machine' of"
                            + " AmbiguousTemplateTestCase: the template has 2 state machines"
                            + " (OrderStateMachine, RefundStateMachine); name one with logicalId ="
                            + " \"...\"."))));
  }

  // ---- fixtures, run only through EngineTestKit ----

  @StepFunctionsTest
  static class AmbiguousTemplateTestCase {
    @StateMachineDefinition("sam-orders/template.yaml")
    StateMachine machine;

    @Test
    void never_runs() {}
  }
}
