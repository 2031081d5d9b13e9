package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThatThrownBy;
import static io.github.sfnemulator.mock.TaskMocks.state;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.mock.TaskMocks;
import io.github.sfnemulator.mock.TaskResponse;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

class SfnClientInjectionTest {

  @Test
  void code_under_test_drives_the_emulator_through_the_injected_client() {
    run(CallbackTestCase.class).assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void injects_the_same_client_into_fields_and_parameters_and_closes_its_endpoint_after_the_test() {
    // WHEN
    run(EndpointLifetimeTestCase.class).assertStatistics(s -> s.started(1).succeeded(1));
    // THEN the endpoint the test used is gone with its emulator
    URI endpoint = EndpointLifetimeTestCase.endpoint.get();
    assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
    try (SfnClient late =
        SfnClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertThatThrownBy(late::listStateMachines).isInstanceOf(SdkClientException.class);
    }
  }

  private static Events run(Class<?> testCase) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testCase))
        .execute()
        .testEvents();
  }

  /** Code under test: asks for approval through Step Functions and approves through it. */
  static final class ApprovalService {
    private final SfnClient sfn;
    private final String stateMachineArn;

    ApprovalService(SfnClient sfn, String stateMachineArn) {
      this.sfn = sfn;
      this.stateMachineArn = stateMachineArn;
    }

    String requestApproval(String orderId) {
      return sfn.startExecution(
              b -> b.stateMachineArn(stateMachineArn).input("{\"orderId\":\"" + orderId + "\"}"))
          .executionArn();
    }

    void approve(String taskToken) {
      sfn.sendTaskSuccess(b -> b.taskToken(taskToken).output("{\"approvedBy\":\"ana\"}"));
    }
  }

  // ---- fixtures, run only through EngineTestKit ----

  @StepFunctionsTest
  static class CallbackTestCase {
    @StateMachineDefinition("approval.asl.json")
    StateMachine approval;

    SfnClient sfn;

    @Test
    void approves_an_order(StepFunctionsEmulator emulator, TaskMocks mocks) throws Exception {
      // GIVEN the queue consumer sees the task token the Approve state sends
      BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
      mocks.stubFor(
          state("Approve")
              .willAnswer(
                  call -> {
                    tokens.add(call.parameters().path("MessageBody").path("token").asText());
                    return TaskResponse.returning("{\"MessageId\":\"m-1\"}");
                  }));
      ApprovalService service = new ApprovalService(sfn, approval.arn());
      // WHEN
      String arn = service.requestApproval("o-1");
      service.approve(tokens.poll(10, TimeUnit.SECONDS));
      // THEN
      assertThat(emulator.describeExecution(arn).await())
          .hasSucceeded()
          .hasEnteredStatesExactly("Approve", "Ship")
          .outputAt("$.approval.approvedBy")
          .isEqualToJson("\"ana\"");
      assertThat(RemoteExecution.await(sfn, arn, Duration.ofSeconds(10)))
          .hasSucceeded()
          .hasEnteredStatesExactly("Approve", "Ship");
    }
  }

  @StepFunctionsTest
  static class EndpointLifetimeTestCase {
    static final AtomicReference<URI> endpoint = new AtomicReference<>();

    SfnClient field;

    @Test
    void lists_the_state_machine_the_test_created(
        SfnClient parameter, @StateMachineDefinition("order.asl.json") StateMachine order) {
      assertThat(parameter).isSameAs(field);
      assertThat(parameter.listStateMachines().stateMachines())
          .singleElement()
          .satisfies(m -> assertThat(m.stateMachineArn()).isEqualTo(order.arn()));
      endpoint.set(parameter.serviceClientConfiguration().endpointOverride().orElseThrow());
    }
  }
}
