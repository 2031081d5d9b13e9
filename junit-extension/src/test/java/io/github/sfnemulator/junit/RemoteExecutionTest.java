package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThatThrownBy;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.history.ExecutionTrace;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The same scenario asserted in process and through an endpoint gives the same answers. */
class RemoteExecutionTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/sfn";

  /** Runs order.asl.json through an SfnServer with the SDK client, as against AWS. */
  private static RemoteExecution runRemotely(int throttled, TaskResponse afterwards) {
    try (StepFunctionsEmulator emulator =
            StepFunctionsEmulator.create(
                EmulatorOptions.newBuilder()
                    .taskResponder(Workflows.throttledCharge(throttled, afterwards))
                    .build());
        SfnEndpoint endpoint = new SfnEndpoint(emulator, "us-east-1")) {
      SfnClient sfn = (SfnClient) endpoint.client();
      String machine =
          sfn.createStateMachine(
                  b ->
                      b.name("test")
                          .definition(Workflows.definition("order.asl.json"))
                          .roleArn(ROLE))
              .stateMachineArn();
      String arn =
          sfn.startExecution(
                  b -> b.stateMachineArn(machine).name("run-1").input("{\"orderId\":\"o-1\"}"))
              .executionArn();
      return RemoteExecution.await(sfn, arn, Duration.ofSeconds(10));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void reads_the_same_path_retries_and_catches_as_in_process(boolean declined) {
    // GIVEN Charge throttled twice, then charged or declined
    TaskResponse afterwards =
        declined
            ? TaskResponse.throwing("Card.Declined", "insufficient funds")
            : TaskResponse.returning("{\"Payload\":{\"charged\":true}}");
    Execution local = Workflows.order(2, afterwards);
    // WHEN
    RemoteExecution remote = runRemotely(2, afterwards);
    // THEN
    ExecutionTrace localTrace = ExecutionTrace.of(local.name(), local.history());
    ExecutionTrace remoteTrace = ExecutionTrace.of(remote.name(), remote.history());
    assertThat(remote.statesEntered()).isEqualTo(local.statesEntered());
    assertThat(remoteTrace.retries("Charge")).isEqualTo(2);
    assertThat(remoteTrace.catches()).isEqualTo(localTrace.catches());
    assertThat(remoteTrace.render()).isEqualTo(localTrace.render());
    assertThat(remote.status()).isEqualTo(local.status());
    assertThat(remote.outputJson()).isEqualTo(local.outputJson());
  }

  @Test
  void ran_version_reads_the_version_from_the_remote_history() {
    String pass = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create();
        SfnEndpoint endpoint = new SfnEndpoint(emulator, "us-east-1")) {
      SfnClient sfn = (SfnClient) endpoint.client();
      String version =
          sfn.createStateMachine(b -> b.name("v").definition(pass).roleArn(ROLE).publish(true))
              .stateMachineVersionArn();
      String arn = sfn.startExecution(b -> b.stateMachineArn(version)).executionArn();

      RemoteExecution remote = RemoteExecution.await(sfn, arn, Duration.ofSeconds(10));

      assertThat(remote).hasSucceeded().ranVersion(1);
      assertThatThrownBy(() -> assertThat(remote).ranVersion(2))
          .hasMessageContaining("it ran " + version);
    }
  }

  @Test
  void was_redriven_reads_a_redrive_through_the_endpoint() {
    // GIVEN a call that fails once, then answers
    try (StepFunctionsEmulator emulator =
            StepFunctionsEmulator.create(
                EmulatorOptions.newBuilder()
                    .taskResponder(
                        call ->
                            call.invocation() == 0
                                ? TaskResponse.throwing("Lambda.ServiceException", "down")
                                : TaskResponse.returning("{}"))
                    .build());
        SfnEndpoint endpoint = new SfnEndpoint(emulator, "us-east-1")) {
      SfnClient sfn = (SfnClient) endpoint.client();
      String machine =
          sfn.createStateMachine(
                  b ->
                      b.name("once")
                          .definition(
                              "{\"StartAt\":\"Call\",\"States\":{\"Call\":{\"Type\":\"Task\","
                                  + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}}}")
                          .roleArn(ROLE))
              .stateMachineArn();
      String arn = sfn.startExecution(b -> b.stateMachineArn(machine).name("run-1")).executionArn();
      assertThat(RemoteExecution.await(sfn, arn, Duration.ofSeconds(10)))
          .hasFailed()
          .wasRedriven(0);
      // WHEN
      sfn.redriveExecution(b -> b.executionArn(arn));
      // THEN
      assertThat(RemoteExecution.await(sfn, arn, Duration.ofSeconds(10)))
          .hasSucceeded()
          .wasRedriven(1);
    }
  }

  @Test
  void takes_the_execution_assertions() {
    RemoteExecution remote =
        runRemotely(2, TaskResponse.throwing("Card.Declined", "insufficient funds"));

    assertThat(remote).hasSucceeded().hasEnteredStates("Refund").hasNotEnteredStates("Ship");
    assertThat(remote).state("Charge").wasRetried(2);
    assertThat(remote).state("Charge").caught("Card.Declined").into("Refund");
    assertThatThrownBy(() -> assertThat(remote).state("Charge").wasRetried(3))
        .hasMessageContaining("Charge")
        .hasMessageContaining("Execution 'run-1' SUCCEEDED");
    assertThat(remote.history()).isNotEmpty();
    assertThat(List.of(remote.arn())).allMatch(a -> a.contains(":execution:test:run-1"));
  }
}
