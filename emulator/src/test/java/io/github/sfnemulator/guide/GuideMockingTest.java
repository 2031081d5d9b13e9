package io.github.sfnemulator.guide;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.sfnemulator.mock.TaskMocks.equalToJson;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.matchingJsonPath;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.AwsBackends;
import io.github.sfnemulator.mock.MockConfig;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples of docs/guide/mocking.md, run and asserted. */
class GuideMockingTest {
  /** Charge (lambda:invoke) then Notify (SNS publish); a Catch on Charge goes to Refund. */
  static final String ORDER =
      """
      {
        "StartAt": "Charge",
        "States": {
          "Charge": {
            "Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": { "FunctionName": "charge", "Payload.$": "$" },
            "ResultSelector": { "charged.$": "$.Payload.ok" },
            "ResultPath": "$.payment",
            "Catch": [ { "ErrorEquals": ["Card.Declined"], "ResultPath": "$.error", "Next": "Refund" } ],
            "Next": "Notify"
          },
          "Notify": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sns:publish",
            "Parameters": { "TopicArn": "arn:aws:sns:us-east-1:123456789012:orders", "Message.$": "$" },
            "ResultPath": null,
            "End": true
          },
          "Refund": { "Type": "Pass", "End": true }
        }
      }
      """;

  @Test
  void the_dsl_answers_by_state_and_parameters_and_records_the_calls() {
    // tag::dsl[]
    TaskMocks mocks =
        TaskMocks.create()
            // any call of Charge: the function answers {"ok": true}
            .stubFor(lambda("Charge").willReturn(lambdaInvokeResult("{\"ok\":true}")))
            // declared later, so it wins when it matches: large amounts are declined
            .stubFor(
                lambda("Charge")
                    .withParameters(matchingJsonPath("$.Payload[?(@.amount > 100)]"))
                    .willThrow("Card.Declined", "over the limit"))
            // an answer computed from the call
            .stubFor(
                state("Notify")
                    .willAnswer(call -> TaskResponse.returning("{\"MessageId\":\"m-1\"}")));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine order = emulator.createStateMachine("order", ORDER);

      Execution small = emulator.startExecution(order.arn(), "{\"amount\":20}").await();
      Execution large = emulator.startExecution(order.arn(), "{\"amount\":500}").await();

      assertThat(small.statesEntered()).containsExactly("Charge", "Notify");
      assertThat(large.statesEntered()).containsExactly("Charge", "Refund");
      mocks.verify(2, invocationsOf("Charge"));
      mocks.verify(
          1,
          invocationsOf("Notify")
              .withParameters(
                  equalToJson(
                      "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:orders\","
                          + "\"Message\":{\"amount\":20,\"payment\":{\"charged\":true}}}")));
    }
    // end::dsl[]
  }

  @Test
  void a_mock_config_test_case_is_selected_by_the_arn_suffix() {
    // tag::mock-config[]
    MockConfig config =
        MockConfig.fromPath(Path.of("src/test/resources/guide/MockConfigFile.json"));
    EmulatorOptions options = EmulatorOptions.newBuilder().mockConfig(config).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options)) {
      StateMachine order = emulator.createStateMachine("order", ORDER);

      Execution happy =
          emulator.startExecution(order.arn() + "#HappyPath", "{\"amount\":20}").await();
      Execution declined =
          emulator.startExecution(order.arn() + "#DeclinedCard", "{\"amount\":20}").await();

      assertThat(happy.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(happy.statesEntered()).containsExactly("Charge", "Notify");
      assertThat(declined.statesEntered()).containsExactly("Charge", "Refund");
    }
    // end::mock-config[]
  }

  @Test
  void aws_backends_call_a_real_endpoint_for_what_no_mock_answers() {
    WireMockServer lambdaService = new WireMockServer(options().dynamicPort());
    lambdaService.start();
    try {
      lambdaService.stubFor(
          post(urlEqualTo("/2015-03-31/functions/charge/invocations"))
              .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
      URI endpoint = URI.create("http://localhost:" + lambdaService.port());
      // tag::aws-backends[]
      TaskMocks mocks = TaskMocks.create().stubFor(state("Notify").willReturn("{}"));
      try (AwsBackends aws =
              AwsBackends.newBuilder()
                  .endpoint("lambda", endpoint) // WireMock, LocalStack, or leave it out for AWS
                  .region("us-east-1")
                  .credentials("test", "test")
                  .build();
          StepFunctionsEmulator emulator =
              StepFunctionsEmulator.create(
                  EmulatorOptions.newBuilder().taskResponder(mocks.orElse(aws)).build())) {
        StateMachine order = emulator.createStateMachine("order", ORDER);

        Execution execution = emulator.startExecution(order.arn(), "{\"amount\":20}").await();

        // Charge went to the Lambda endpoint, Notify to the mock
        assertThat(execution.output()).isEqualTo("{\"amount\":20,\"payment\":{\"charged\":true}}");
      }
      // end::aws-backends[]
    } finally {
      lambdaService.stop();
    }
  }
}
