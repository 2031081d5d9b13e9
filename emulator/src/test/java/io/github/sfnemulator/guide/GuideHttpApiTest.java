package io.github.sfnemulator.guide;

import static io.github.sfnemulator.mock.TaskMocks.lambda;
import static io.github.sfnemulator.mock.TaskMocks.lambdaInvokeResult;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.SfnServer;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** The example of docs/guide/http-api.md: an unmodified SfnClient against SfnServer. */
class GuideHttpApiTest {

  @Test
  void an_sdk_client_creates_runs_and_reads_an_execution() {
    // tag::sfn-client[]
    TaskMocks mocks =
        TaskMocks.create()
            .stubFor(lambda("Charge").willReturn(lambdaInvokeResult("{\"ok\":true}")))
            .stubFor(state("Notify").willReturn("{}"));
    EmulatorOptions options = EmulatorOptions.newBuilder().taskResponder(mocks).build();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create(options);
        SfnServer server = SfnServer.start(emulator); // a free loopback port
        SfnClient sfn =
            SfnClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                // keeps StartSyncExecution and TestState off a "sync-" host name
                .overrideConfiguration(
                    c ->
                        c.putAdvancedOption(
                            SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build()) {
      String machineArn =
          sfn.createStateMachine(
                  b ->
                      b.name("order")
                          .definition(GuideMockingTest.ORDER)
                          .roleArn("arn:aws:iam::123456789012:role/order"))
              .stateMachineArn();
      String executionArn =
          sfn.startExecution(b -> b.stateMachineArn(machineArn).input("{\"amount\":20}"))
              .executionArn();

      emulator.describeExecution(executionArn).await(); // or poll DescribeExecution
      DescribeExecutionResponse done = sfn.describeExecution(b -> b.executionArn(executionArn));

      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(done.output()).isEqualTo("{\"amount\":20,\"payment\":{\"charged\":true}}");
      assertThat(sfn.getExecutionHistory(b -> b.executionArn(executionArn)).events())
          .filteredOn(e -> e.type() == HistoryEventType.TASK_STATE_ENTERED)
          .extracting(e -> e.stateEnteredEventDetails().name())
          .containsExactly("Charge", "Notify");
    }
    // end::sfn-client[]
  }
}
