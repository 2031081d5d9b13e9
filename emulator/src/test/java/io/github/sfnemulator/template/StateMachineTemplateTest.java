package io.github.sfnemulator.template;

import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates as SAM, CloudFormation and CDK write them; see the AWS::StepFunctions::StateMachine and
 * AWS::Serverless::StateMachine reference pages for the properties resolved here.
 */
class StateMachineTemplateTest {
  private static final Path TEMPLATES = Path.of("src/test/resources/templates");

  @Test
  void sam_definition_uri_is_read_relative_to_the_template_and_substituted() {
    // GIVEN the stock-trader layout of `sam init`
    Path template = TEMPLATES.resolve("sam-definition-uri/template.yaml");

    // WHEN
    TemplateStateMachine machine =
        StateMachineTemplate.load(template).stateMachine("StockTradingStateMachine");

    // THEN
    JsonNode states = Json.parse(machine.definition()).get("States");
    assertThat(states.at("/Check Stock Value/Resource").textValue())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:StockCheckerFunction");
    assertThat(states.at("/Buy Stock/Resource").textValue())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:sfn-emulator-stock-buyer");
    assertThat(states.at("/Record Transaction/Resource").textValue())
        .isEqualTo("arn:aws:states:::dynamodb:putItem");
    assertThat(states.at("/Record Transaction/Parameters/TableName").textValue())
        .isEqualTo("TransactionTable");
    assertThat(machine.type()).isEqualTo(StateMachineType.STANDARD);
    assertThat(machine.name()).isEmpty();
    assertThat(machine.nameOrLogicalId()).isEqualTo("StockTradingStateMachine");
  }

  @Test
  void pseudo_parameters_and_arns_follow_the_emulators_region_and_account() {
    // GIVEN
    EmulatorOptions emulator =
        EmulatorOptions.newBuilder().region("cn-north-1").accountId("210987654321").build();
    TemplateOptions options = TemplateOptions.newBuilder().from(emulator).build();

    // WHEN
    TemplateStateMachine machine =
        StateMachineTemplate.load(TEMPLATES.resolve("sam-definition-uri/template.yaml"), options)
            .stateMachine("StockTradingStateMachine");

    // THEN
    JsonNode states = Json.parse(machine.definition()).get("States");
    assertThat(states.at("/Sell Stock/Resource").textValue())
        .isEqualTo("arn:aws-cn:lambda:cn-north-1:210987654321:function:StockSellerFunction");
    assertThat(states.at("/Record Transaction/Resource").textValue())
        .isEqualTo("arn:aws-cn:states:::dynamodb:putItem");
  }

  @Test
  void sam_inline_definition_resolves_refs_getatts_conditions_name_and_type() {
    // WHEN
    TemplateStateMachine machine =
        StateMachineTemplate.load(TEMPLATES.resolve("sam-inline/template.yaml"))
            .stateMachine("OrderWorkflow");

    // THEN
    JsonNode states = Json.parse(machine.definition()).get("States");
    assertThat(states.at("/ValidateOrder/Parameters/FunctionName").textValue())
        .isEqualTo("validate-order");
    assertThat(states.at("/ChargeCard/Resource").textValue())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ChargeFunction");
    assertThat(states.at("/Notify/Parameters/TopicArn").textValue())
        .isEqualTo("arn:aws:sns:us-east-1:123456789012:order-events-dev");
    assertThat(states.at("/Notify/Parameters/Subject").textValue()).isEqualTo("[dev] Order placed");
    assertThat(states.at("/Enqueue/Parameters/QueueUrl").textValue())
        .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/ShippingQueue");
    assertThat(machine.name()).contains("orders-dev");
    assertThat(machine.type()).isEqualTo(StateMachineType.EXPRESS);
  }

  @Test
  void user_values_override_parameters_and_resource_attributes() {
    // GIVEN
    TemplateOptions options =
        TemplateOptions.newBuilder()
            .value("Stage", "prod")
            .value(
                "ChargeFunction.Arn", "arn:aws:lambda:us-east-1:123456789012:function:charge:live")
            .build();

    // WHEN
    TemplateStateMachine machine =
        StateMachineTemplate.load(TEMPLATES.resolve("sam-inline/template.yaml"), options)
            .stateMachine("OrderWorkflow");

    // THEN
    JsonNode states = Json.parse(machine.definition()).get("States");
    assertThat(states.at("/ChargeCard/Resource").textValue()).endsWith(":function:charge:live");
    assertThat(states.at("/Notify/Parameters/Subject").textValue()).isEqualTo("Order placed");
    assertThat(machine.name()).contains("orders-prod");
  }

  @Test
  void cloudformation_definition_strings_built_with_join_and_sub_resolve() {
    // WHEN
    StateMachineTemplate template =
        StateMachineTemplate.load(TEMPLATES.resolve("cloudformation/template.json"));

    // THEN
    assertThat(template.stateMachines())
        .containsOnlyKeys("ImportStateMachine", "AlertStateMachine");
    TemplateStateMachine imports = template.stateMachine("ImportStateMachine");
    assertThat(imports.name()).contains("import-test");
    JsonNode importStates = Json.parse(imports.definition()).get("States");
    assertThat(importStates.at("/Parse/Resource").textValue())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:parse-import");
    assertThat(importStates.at("/Parse/Retry/0/MaxAttempts").intValue()).isEqualTo(2);
    assertThat(importStates.at("/Store/Parameters/TableName").textValue())
        .isEqualTo("imports-test");
    TemplateStateMachine alerts = template.stateMachine("AlertStateMachine");
    assertThat(alerts.type()).isEqualTo(StateMachineType.EXPRESS);
    JsonNode alertDefinition = Json.parse(alerts.definition());
    assertThat(alertDefinition.get("Comment").textValue())
        .isEqualTo("Alerts ops@example.com in us-east-1");
    assertThat(alertDefinition.at("/States/Alert/Parameters/TopicArn").textValue())
        .isEqualTo("arn:aws:sns:us-east-1:123456789012:AlertTopic");
    assertThat(alertDefinition.at("/States/Alert/Parameters/Subject").textValue())
        .isEqualTo("${NotSubstituted}");
  }

  @Test
  void cdk_synth_output_resolves_and_its_construct_ids_name_resources() {
    // GIVEN real `npx cdk synth` output of templates/cdk/app.js (see templates/cdk/README.md)
    Path template = TEMPLATES.resolve("cdk/cdk.out/OrdersStack.template.json");

    // WHEN
    StateMachineTemplate loaded = StateMachineTemplate.load(template);

    // THEN
    TemplateStateMachine machine = loaded.stateMachine("OrderStateMachine");
    assertThat(machine.logicalId()).isEqualTo("OrderStateMachineC078F95C");
    JsonNode states = Json.parse(machine.definition()).get("States");
    assertThat(states.at("/Charge Card/Parameters/FunctionName").textValue())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ChargeFunction6522E1E7");
    assertThat(states.at("/Save Order/Parameters/TableName").textValue())
        .isEqualTo("OrdersTable315BB997");
    assertThat(states.at("/Notify/Parameters/TopicArn").textValue())
        .isEqualTo("arn:aws:sns:us-east-1:123456789012:OrderTopic5B3ACBDB");
    assertThat(states.at("/Ship/Parameters/QueueUrl").textValue())
        .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/ShippingQueue710A7713");
    assertThat(loaded.functionName("ChargeFunction")).isEqualTo("ChargeFunction6522E1E7");
  }

  @Test
  void every_template_state_machine_validates_without_an_error() {
    // GIVEN templates as each tool and AWS's samples write them
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      for (String file :
          new String[] {
            "sam-definition-uri/template.yaml",
            "sam-inline/template.yaml",
            "cloudformation/template.json",
            "cdk/cdk.out/OrdersStack.template.json",
            "aws-samples/template.yaml"
          }) {
        // WHEN
        for (TemplateStateMachine machine :
            StateMachineTemplate.load(TEMPLATES.resolve(file)).stateMachines().values()) {
          // THEN
          assertThat(emulator.validate(machine.definition()).diagnostics())
              .as(machine.displayName())
              .noneMatch(d -> d.severity() == Severity.ERROR);
        }
      }
    }
  }

  @Test
  void custom_errors_with_the_reserved_prefix_as_aws_samples_use_them_are_warnings() {
    // GIVEN
    StateMachineTemplate template =
        StateMachineTemplate.load(TEMPLATES.resolve("aws-samples/template.yaml"));

    // WHEN
    var diagnostics =
        StepFunctionsEmulator.create()
            .validate(template.stateMachine("FauxFailureStateMachine").definition())
            .diagnostics();

    // THEN
    assertThat(diagnostics)
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, "RESERVED_ERROR_NAME", "/States/Work/Retry/0/ErrorEquals/0"),
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, "RESERVED_ERROR_NAME", "/States/Work/Catch/0/ErrorEquals/0"));
  }

  @Test
  void a_lambda_mock_keyed_by_logical_id_answers_whatever_state_invokes_the_function() {
    // GIVEN a definition that calls ChargeFunction by ARN resource and ValidateFunction by
    // lambda:invoke
    StateMachineTemplate template =
        StateMachineTemplate.load(TEMPLATES.resolve("sam-inline/template.yaml"));
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(
                template
                    .lambdaFunction("ValidateFunction")
                    .willReturn(lambdaInvokeResult("{\"id\":7}")))
            .stubFor(
                template.lambdaFunction("ChargeFunction").willReturn("{\"id\":7,\"charged\":true}"))
            .stubFor(TaskMocks.state("Notify").willReturn("{}"))
            .stubFor(TaskMocks.state("Enqueue").willReturn("{\"MessageId\":\"m-1\"}"));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();

    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      // WHEN
      StateMachine machine = template.stateMachine("OrderWorkflow").createIn(emulator);
      Execution execution = emulator.startExecution(machine.arn(), "{}").await();

      // THEN
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(machine.name()).isEqualTo("orders-dev");
      mocks.verify(1, template.callsToFunction("ChargeFunction"));
      mocks.verify(1, template.callsToFunction("ValidateFunction"));
    }
  }

  @Test
  void an_unresolvable_reference_names_template_resource_field_and_function(@TempDir Path dir)
      throws IOException {
    // GIVEN
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        """
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: flow.asl.json
              DefinitionSubstitutions:
                ChargeArn: !GetAtt Charge.Arn
        """);

    // WHEN / THEN
    assertThatThrownBy(() -> StateMachineTemplate.load(template))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith(
            "Template 'template.yaml', resource 'Flow', field"
                + " 'Properties/DefinitionSubstitutions/ChargeArn/Fn::GetAtt': Fn::GetAtt"
                + " 'Charge.Arn' names no resource of the template.");
  }

  @Test
  void a_parameter_without_default_must_be_given(@TempDir Path dir) throws IOException {
    // GIVEN
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        """
        Parameters:
          QueueUrl: { Type: String }
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Send
                States:
                  Send:
                    Type: Task
                    Resource: arn:aws:states:::sqs:sendMessage
                    Parameters: { QueueUrl: !Ref QueueUrl, MessageBody.$: $ }
                    End: true
        """);

    // WHEN / THEN
    assertThatThrownBy(() -> StateMachineTemplate.load(template))
        .hasMessageContaining("field 'Properties/Definition/States/Send/Parameters/QueueUrl/Ref'")
        .hasMessageContaining("Ref 'QueueUrl' names a parameter without a Default");
    TemplateOptions given = TemplateOptions.newBuilder().value("QueueUrl", "https://q").build();
    assertThat(StateMachineTemplate.load(template, given).stateMachine("Flow").definition())
        .contains("\"QueueUrl\" : \"https://q\"");
  }

  @Test
  void a_placeholder_without_substitution_is_an_error_naming_it(@TempDir Path dir)
      throws IOException {
    // GIVEN
    Files.writeString(
        dir.resolve("flow.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"${Missing}\",\"End\":true}}}");
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        """
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: flow.asl.json
              DefinitionSubstitutions: { Other: x }
        """);

    // WHEN / THEN
    assertThatThrownBy(() -> StateMachineTemplate.load(template))
        .hasMessage(
            "Template 'template.yaml', resource 'Flow', field 'Properties/DefinitionUri':"
                + " placeholder '${Missing}' has no entry in DefinitionSubstitutions (Other). Add"
                + " one, or give its value with TemplateOptions value(\"Missing\", ...).");
  }

  @Test
  void a_missing_definition_file_and_an_unknown_logical_id_are_clear_errors(@TempDir Path dir)
      throws IOException {
    // GIVEN
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        "Resources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: nowhere.asl.json\n");

    // WHEN / THEN
    assertThatThrownBy(() -> StateMachineTemplate.load(template))
        .hasMessageContaining("resource 'Flow', field 'Properties/DefinitionUri': cannot read")
        .hasMessageContaining("nowhere.asl.json' (no such file). Check the path.");
    assertThatThrownBy(
            () ->
                StateMachineTemplate.load(TEMPLATES.resolve("sam-inline/template.yaml"))
                    .stateMachine("Nope"))
        .hasMessage("Template 'template.yaml' has no state machine 'Nope'. It has: OrderWorkflow.");
  }

  @Test
  void a_yaml_definition_file_is_read_and_user_values_fill_placeholders_without_substitutions(
      @TempDir Path dir) throws IOException {
    // GIVEN
    Files.createDirectories(dir.resolve("statemachine"));
    Files.writeString(
        dir.resolve("statemachine/flow.asl.yaml"),
        "StartAt: Send\nStates:\n  Send:\n    Type: Task\n    Resource: arn:aws:states:::sqs:sendMessage\n"
            + "    Parameters: {QueueUrl: '${QueueUrl}', MessageBody.$: $, Note: '${Other}'}\n    End: true\n");
    Path template = dir.resolve("template.yaml");
    Files.writeString(
        template,
        "Resources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n"
            + "      DefinitionUri: statemachine/flow.asl.yaml\n");
    TemplateOptions options = TemplateOptions.newBuilder().value("QueueUrl", "https://q").build();

    // WHEN
    TemplateStateMachine flow = StateMachineTemplate.load(template, options).stateMachine("Flow");

    // THEN
    JsonNode parameters = Json.parse(flow.definition()).at("/States/Send/Parameters");
    assertThat(parameters.get("QueueUrl").textValue()).isEqualTo("https://q");
    assertThat(parameters.get("Note").textValue()).isEqualTo("${Other}");
    assertThat(flow.definitionFile())
        .contains(dir.resolve("statemachine/flow.asl.yaml").toAbsolutePath().normalize());
  }

  @Test
  void tells_templates_from_definitions() {
    // WHEN / THEN
    assertThat(StateMachineTemplate.isTemplate(TEMPLATES.resolve("sam-inline/template.yaml")))
        .isTrue();
    assertThat(
            StateMachineTemplate.isTemplate(
                TEMPLATES.resolve("cdk/cdk.out/OrdersStack.template.json")))
        .isTrue();
    assertThat(
            StateMachineTemplate.isTemplate(
                TEMPLATES.resolve("sam-definition-uri/statemachine/stock_trader.asl.json")))
        .isFalse();
  }

  @Test
  void resolve_gives_refs_and_attributes_as_the_template_would() {
    // GIVEN
    StateMachineTemplate template =
        StateMachineTemplate.load(TEMPLATES.resolve("sam-inline/template.yaml"));

    // WHEN / THEN
    assertThat(template.resolve("OrderWorkflow"))
        .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:orders-dev");
    assertThat(template.resolve("ShippingQueue.Arn"))
        .isEqualTo("arn:aws:sqs:us-east-1:123456789012:ShippingQueue");
    assertThat(template.resolve("AWS::Region")).isEqualTo("us-east-1");
    assertThatThrownBy(() -> template.resolve("ShippingQueue.Nope"))
        .hasMessageContaining("does not know attribute 'Nope' of AWS::SQS::Queue");
    assertThat(Optional.of(template.path())).isPresent();
  }
}
