package io.github.sfnemulator.template;

import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's templates example, one per format, run; {@code GuideSnippetsTest} checks that the
 * README shows it unchanged.
 */
class TemplatesReadmeTest {
  private static final Path templates = Path.of("src/test/resources/templates");

  @Test
  void each_format_gives_a_state_machine_the_emulator_runs() {
    // tag::templates[]
    // SAM (inline Definition, or DefinitionUri + DefinitionSubstitutions): mock functions by
    // logical id
    StateMachineTemplate sam =
        StateMachineTemplate.load(templates.resolve("sam-inline/template.yaml"));
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(sam.lambdaFunction("ValidateFunction").willReturn(lambdaInvokeResult("{}")))
            .stubFor(sam.lambdaFunction("ChargeFunction").willReturn("{\"charged\":true}"))
            .stubFor(state("Notify").willReturn("{}"))
            .stubFor(state("Enqueue").willReturn("{}"));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    // CloudFormation (Definition, DefinitionString with Fn::Join / Fn::Sub); override any value
    TemplateOptions prod =
        TemplateOptions.newBuilder().from(options).value("Environment", "prod").build();
    TemplateStateMachine imports =
        StateMachineTemplate.load(templates.resolve("cloudformation/template.json"), prod)
            .stateMachine("ImportStateMachine");
    // CDK synth output: logical ids carry a hash, construct ids find them too
    TemplateStateMachine cdkOrders =
        StateMachineTemplate.load(templates.resolve("cdk/cdk.out/OrdersStack.template.json"))
            .stateMachine("OrderStateMachine");
    // Terraform: the file templatefile() renders, with the same variables
    String thumbnails =
        TerraformTemplate.render(
            templates.resolve("terraform/statemachine.asl.json"),
            Map.ofEntries(
                entry(
                    "resize_function_arn", "arn:aws:lambda:us-east-1:123456789012:function:resize"),
                entry("bucket", "images"),
                entry("sizes", List.of(128, 512)),
                entry("max_attempts", 3),
                entry("table_name", "thumbnails")));

    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine orders = sam.stateMachine("OrderWorkflow").createIn(emulator);
      Execution execution = emulator.startExecution(orders.arn(), "{}").await();
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(imports.name()).contains("import-prod");
      assertThat(cdkOrders.logicalId()).isEqualTo("OrderStateMachineC078F95C");
      emulator.createStateMachine("thumbnails", thumbnails);
    }
    // end::templates[]
  }
}
