package com.example.approval;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThatThrownBy;
import static io.github.sfnemulator.mock.TaskMocks.invocationsOf;
import static io.github.sfnemulator.mock.TaskMocks.state;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.ExecutionStatus;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.fixtures.SnsFixtures;
import io.github.sfnemulator.fixtures.SqsFixtures;
import io.github.sfnemulator.junit.StateMachineDefinition;
import io.github.sfnemulator.junit.StepFunctionsTest;
import io.github.sfnemulator.junit.TimeControl;
import io.github.sfnemulator.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StepFunctionsTest
class HumanApprovalTest {
  private static final String REQUEST =
      "{\"requestId\":\"r-1\",\"amount\":1200,\"approver\":\"alice\"}";

  @StateMachineDefinition("human-approval.asl.json")
  StateMachine approval;

  @BeforeEach
  void services_answer(TaskMocks mocks) {
    // The message is sent at once; the answer comes later, with the token it carries.
    mocks.stubFor(state("RequestApproval").willReturn(SqsFixtures.sendMessageResult("{}", "m-1")));
    mocks.stubFor(
        state("RequestManagerApproval").willReturn(SqsFixtures.sendMessageResult("{}", "m-2")));
    mocks.stubFor(state("Escalate").willReturn(SnsFixtures.publishResult("n-1")));
  }

  /** The task token the state put in its SQS message, as the approver's app would read it. */
  private static String tokenSentBy(TaskMocks mocks, String stateName) {
    return mocks
        .findAll(invocationsOf(stateName))
        .get(0)
        .parameters()
        .at("/MessageBody/taskToken")
        .asText();
  }

  @Test
  void waits_for_the_approver_and_goes_on_with_the_answer(
      StepFunctionsEmulator sfn, TaskMocks mocks) {
    Execution execution = sfn.startExecution(approval.arn(), REQUEST);
    assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);

    sfn.sendTaskSuccess(
        tokenSentBy(mocks, "RequestApproval"), "{\"approved\":true,\"by\":\"alice\"}");

    assertThat(execution.await())
        .hasSucceeded()
        .hasEnteredStatesExactly("RequestApproval", "IsApproved", "Approved")
        .hasOutput("{\"requestId\":\"r-1\",\"status\":\"APPROVED\",\"by\":\"alice\"}");
  }

  @Test
  void a_rejection_fails_the_request(StepFunctionsEmulator sfn, TaskMocks mocks) {
    Execution execution = sfn.startExecution(approval.arn(), REQUEST);

    sfn.sendTaskSuccess(
        tokenSentBy(mocks, "RequestApproval"), "{\"approved\":false,\"by\":\"alice\"}");

    assertThat(execution.await()).hasFailedWith("Rejected").withCause("The request was rejected");
  }

  @Test
  void no_answer_within_a_day_escalates_to_the_manager(
      StepFunctionsEmulator sfn, TaskMocks mocks, TimeControl time) {
    Execution execution = sfn.startExecution(approval.arn(), REQUEST);

    time.advance(Duration.ofHours(23));
    assertThat(execution.statesEntered()).containsExactly("RequestApproval");
    time.runUntilStateEntered(execution, "RequestManagerApproval");
    assertThat(Duration.between(execution.startDate(), time.now())).isEqualTo(Duration.ofDays(1));

    sfn.sendTaskSuccess(
        tokenSentBy(mocks, "RequestManagerApproval"), "{\"approved\":true,\"by\":\"bob\"}");

    assertThat(execution.await())
        .hasSucceeded()
        .hasEnteredStatesExactly(
            "RequestApproval", "Escalate", "RequestManagerApproval", "IsApproved", "Approved");
    assertThat(execution).state("RequestApproval").caught("States.Timeout").into("Escalate");
    assertThat(execution).outputAt("$.by").asString().isEqualTo("bob");
  }

  @Test
  void the_approvers_late_answer_is_refused(
      StepFunctionsEmulator sfn, TaskMocks mocks, TimeControl time) {
    Execution execution = sfn.startExecution(approval.arn(), REQUEST);
    time.runUntilStateEntered(execution, "Escalate");

    assertThatThrownBy(() -> sfn.sendTaskSuccess(tokenSentBy(mocks, "RequestApproval"), "{}"))
        .isInstanceOfSatisfying(
            SfnApiException.class, e -> assertThat(e.errorCode()).isEqualTo("TaskTimedOut"));
  }

  @Test
  void nobody_answering_in_three_days_ends_without_a_decision(
      StepFunctionsEmulator sfn, TimeControl time) {
    Execution execution = sfn.startExecution(approval.arn(), REQUEST);

    time.advance(Duration.ofDays(3));

    assertThat(execution)
        .hasFailedWith("NoDecision")
        .hasEnteredStatesExactly(
            "RequestApproval", "Escalate", "RequestManagerApproval", "NoDecision");
    assertThat(execution)
        .state("RequestManagerApproval")
        .caught("States.Timeout")
        .into("NoDecision");
  }
}
