package io.github.sfnemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * {@code validate template.yaml} and {@code run template.yaml#LogicalId} through {@link Main#run}.
 */
@ResourceLock(Resources.SYSTEM_OUT)
class TemplateCommandsTest {
  private static final String TEMPLATE =
      """
      AWSTemplateFormatVersion: "2010-09-09"
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Greeter:
          Type: AWS::Serverless::StateMachine
          Properties:
            Definition:
              StartAt: Greet
              States:
                Greet:
                  Type: Pass
                  Parameters:
                    region: !Ref AWS::Region
                    greeting.$: States.Format('Hello, {}!', $.who)
                  End: true
        Broken:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            Definition:
              StartAt: A
              States:
                A: { Type: Pass, Next: Nowhere }
                B: { Type: Succeed }
      """;

  @TempDir Path dir;

  @Test
  void validate_checks_every_state_machine_of_a_template_and_names_each_by_logical_id()
      throws IOException {
    // GIVEN
    Path template = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);

    // WHEN
    CliRun run = CliRun.run("validate", template.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            template
                + "#Broken:/States/A/Next: ERROR MISSING_TRANSITION_TARGET: 'Next' names state"
                + " 'Nowhere', which does not exist. Fix the name or add the state.",
            template
                + "#Broken:/States/B: ERROR UNREACHABLE_STATE: State 'B' can never run: no StartAt,"
                + " Next, Default or Catch leads to it. Transition to it or remove it.",
            "1 file: 0 valid, 1 invalid");
  }

  @Test
  void validate_accepts_the_templates_each_tool_writes() {
    // GIVEN
    Path templates = EmulatorTestResources.path("templates");

    // WHEN
    CliRun run =
        CliRun.run(
            "validate",
            templates.resolve("sam-definition-uri/template.yaml").toString(),
            templates.resolve("sam-inline/template.yaml").toString(),
            templates.resolve("cloudformation/template.json").toString(),
            templates.resolve("cdk/cdk.out/OrdersStack.template.json").toString(),
            templates.resolve("aws-samples/template.yaml").toString());

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("5 files: 5 valid, 0 invalid\n").doesNotContain(": ERROR ");
  }

  @Test
  void validate_reports_a_template_that_cannot_be_resolved_as_one_error_line() throws IOException {
    // GIVEN
    Path template =
        Files.writeString(
            dir.resolve("template.yaml"),
            "Resources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties: {}\n");

    // WHEN
    CliRun run = CliRun.run("validate", template.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            template
                + ":: ERROR INVALID_TEMPLATE: Template 'template.yaml', resource 'Flow', field"
                + " 'Properties': the state machine has no Definition or DefinitionUri. Add one.",
            "1 file: 0 valid, 1 invalid");
  }

  @Test
  void run_executes_the_state_machine_named_after_the_hash() throws IOException {
    // GIVEN
    Path template = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);

    // WHEN
    CliRun run = CliRun.run("run", template + "#Greeter", "--input", "{\"who\":\"world\"}");

    // THEN
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Status: SUCCEEDED\nOutput: {\"region\":\"us-east-1\",\"greeting\":\"Hello, world!\"}\nPath: Greet\n");
  }

  @Test
  void run_of_a_template_with_several_state_machines_asks_which() throws IOException {
    // GIVEN
    Path template = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);

    // WHEN
    CliRun run = CliRun.run("run", template.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "run: template '"
                + template
                + "' has 2 state machines; name one: "
                + template
                + "#Greeter, "
                + template
                + "#Broken.\n");
  }
}
