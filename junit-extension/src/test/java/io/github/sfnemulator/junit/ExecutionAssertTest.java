package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.catchThrowableOfType;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.then;

import io.github.sfnemulator.EmulatorOptions;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import io.github.sfnemulator.junit.error.ErrorMessage;
import io.github.sfnemulator.junit.error.ShouldHaveBeenRedriven;
import io.github.sfnemulator.junit.error.ShouldHaveBeenRetried;
import io.github.sfnemulator.junit.error.ShouldHaveCaught;
import io.github.sfnemulator.junit.error.ShouldHaveEnteredStates;
import io.github.sfnemulator.junit.error.ShouldHaveFailedWith;
import io.github.sfnemulator.junit.error.ShouldHaveOutput;
import io.github.sfnemulator.junit.error.ShouldHaveStatus;
import io.github.sfnemulator.junit.error.ShouldHaveVariable;
import io.github.sfnemulator.junit.internal.JsonValues;
import io.github.sfnemulator.mock.TaskResponse;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExecutionAssertTest {
  private static final TaskResponse CHARGED =
      TaskResponse.returning("{\"charged\":true,\"amount\":10}");

  private final Execution retriedTwice = Workflows.order(2, CHARGED);
  private final Execution declined =
      Workflows.order(0, TaskResponse.throwing("Card.Declined", "insufficient funds"));

  @Test
  void an_express_execution_is_asserted_from_the_emulators_own_history() {
    String wait =
        "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"P\"},"
            + "\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      io.github.sfnemulator.StateMachine machine =
          emulator.createStateMachine(
              "Quick", wait, null, io.github.sfnemulator.StateMachineType.EXPRESS);

      Execution execution = emulator.startExecution(machine.arn(), "{}").await();

      Assertions.assertThat(execution.arn()).contains(":express:Quick:");
      assertThat(execution).hasSucceeded().hasEnteredStatesExactly("W", "P");
    }
  }

  @Test
  void ran_version_passes_for_the_version_an_alias_chose_and_fails_naming_what_ran() {
    String pass = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      io.github.sfnemulator.StateMachine machine = emulator.createStateMachine("Orders", pass);
      emulator.publishVersion(machine.arn(), null);
      emulator.updateStateMachine(
          machine.arn(), pass.replace("\"End\"", "\"Comment\":\"v2\",\"End\""), null);
      io.github.sfnemulator.StateMachineVersion v2 = emulator.publishVersion(machine.arn(), null);
      io.github.sfnemulator.StateMachineAlias prod =
          emulator.createAlias("prod", null, io.github.sfnemulator.AliasRoute.to(v2));
      Execution throughAlias = emulator.startExecution(prod.arn(), "{}").await();
      Execution unversioned = emulator.startExecution(machine.arn(), "{}").await();

      assertThat(throughAlias).hasSucceeded().ranVersion(2);
      AssertionFailedError wrong =
          catchThrowableOfType(
              () -> assertThat(throughAlias).ranVersion(1), AssertionFailedError.class);
      AssertionFailedError none =
          catchThrowableOfType(
              () -> assertThat(unversioned).ranVersion(1), AssertionFailedError.class);

      Assertions.assertThat(wrong)
          .hasMessageContaining("to have run version 1")
          .hasMessageContaining("it ran " + v2.arn());
      Assertions.assertThat(wrong.getActual().getStringRepresentation()).isEqualTo("version 2");
      Assertions.assertThat(none).hasMessageContaining("ran no version");
    }
  }

  @Test
  void passes_on_the_path_retries_and_output_of_a_retried_charge() {
    assertThat(retriedTwice)
        .hasSucceeded()
        .hasEnteredStatesExactly("Validate", "Charge", "Notify")
        .hasEnteredStates("Notify", "Charge")
        .hasNotEnteredStates("Refund")
        .hasOutput("{\"charge\": {\"amount\": 10.0, \"charged\": true}, \"orderId\": \"o-1\"}");
    then(retriedTwice).state("Charge").wasRetried(2);
    then(retriedTwice).outputAt("$.charge.amount").asInt().isEqualTo(10);
    then(retriedTwice).state("Charge").hasInput("{\"orderId\":\"o-1\"}");
    then(retriedTwice)
        .state("Charge")
        .visit(1)
        .output()
        .at("$.charge.charged")
        .asBoolean()
        .isTrue();
  }

  @Test
  void passes_on_a_catch_into_its_target_with_its_cause() {
    assertThat(declined)
        .hasSucceeded()
        .hasEnteredStatesExactly("Validate", "Charge", "Refund", "Notify");
    assertThat(declined)
        .state("Charge")
        .wasNotRetried()
        .caught("Card.Declined")
        .withCause("insufficient funds")
        .into("Refund");
    assertThat(declined).state("Charge").caught("States.ALL").into("Refund");
    assertThat(declined).outputAt("$.error.Error").asString().isEqualTo("Card.Declined");
  }

  @Test
  void fails_has_succeeded_with_the_status_and_path() {
    Execution failed = Workflows.order(9, CHARGED);
    String noCatch =
        Workflows.definition("order.asl.json").replace("\"States.ALL\"", "\"Card.Declined\"");
    Execution throttled = Workflows.run(noCatch, "{}", Workflows.throttledCharge(9, CHARGED));

    expectFailure(
        () -> assertThat(throttled).hasSucceeded(),
        ShouldHaveStatus.shouldHaveSucceeded(ExecutionView.of(throttled)));
    expectFailure(
        () -> assertThat(retriedTwice).hasFailed(),
        ShouldHaveStatus.shouldHaveFailed(ExecutionView.of(retriedTwice)));
    expectFailure(
        () -> assertThat(failed).hasTimedOut(),
        ShouldHaveStatus.shouldHaveTimedOut(ExecutionView.of(failed)));
    expectFailure(
        () -> assertThat(failed).wasAborted(),
        ShouldHaveStatus.shouldHaveBeenAborted(ExecutionView.of(failed)));
  }

  @Test
  void fails_has_failed_with_another_error_or_cause() {
    String noCatch = Workflows.definition("order.asl.json").replace("\"States.ALL\"", "\"Other\"");
    Execution failed =
        Workflows.run(
            noCatch,
            "{}",
            Workflows.throttledCharge(0, TaskResponse.throwing("Card.Declined", "no funds")));

    assertThat(failed)
        .hasFailed()
        .hasFailedWith("Card.Declined")
        .withCause("no funds")
        .withCauseContaining("funds");
    expectFailure(
        () -> assertThat(failed).hasFailedWith("States.Timeout"),
        ShouldHaveFailedWith.shouldHaveFailedWith(ExecutionView.of(failed), "States.Timeout"));
    expectFailure(
        () -> assertThat(failed).withCause("funds"),
        ShouldHaveFailedWith.shouldHaveCause(ExecutionView.of(failed), "funds"));
    expectFailure(
        () -> assertThat(failed).withCauseContaining("card"),
        ShouldHaveFailedWith.shouldHaveCauseContaining(ExecutionView.of(failed), "card"));
  }

  @Test
  void fails_has_output_with_both_values_sorted_for_a_diff() {
    ErrorMessage expected =
        ShouldHaveOutput.shouldHaveOutput(
            ExecutionView.of(retriedTwice), JsonValues.parse("{\"orderId\":\"o-2\"}"));

    AssertionFailedError error =
        expectFailure(() -> assertThat(retriedTwice).hasOutput("{\"orderId\":\"o-2\"}"), expected);

    Assertions.assertThat(error.getActual().getStringRepresentation())
        .isEqualTo(JsonValues.canonical(retriedTwice.outputJson()));
  }

  @Test
  void fails_output_at_a_path_that_is_not_there() {
    expectFailure(
        () -> assertThat(retriedTwice).outputAt("$.missing"),
        ShouldHaveOutput.shouldHavePath(
            "the output of execution 'run-1'", retriedTwice.outputJson(), "$.missing"));
  }

  @Test
  void fails_path_assertions_naming_the_states() {
    AssertionFailedError error =
        expectFailure(
            () -> assertThat(declined).hasEnteredStatesExactly("Validate", "Charge", "Notify"),
            ShouldHaveEnteredStates.shouldHaveEnteredStatesExactly(
                ExecutionView.of(declined), List.of("Validate", "Charge", "Notify")));
    expectFailure(
        () -> assertThat(retriedTwice).hasEnteredStates("Refund", "Charge"),
        ShouldHaveEnteredStates.shouldHaveEnteredStates(
            ExecutionView.of(retriedTwice), List.of("Refund", "Charge"), List.of("Refund")));
    expectFailure(
        () -> assertThat(declined).hasNotEnteredStates("Refund"),
        ShouldHaveEnteredStates.shouldNotHaveEnteredStates(
            ExecutionView.of(declined), List.of("Refund"), List.of("Refund")));
    expectFailure(
        () -> assertThat(declined).state("Ship"),
        ShouldHaveEnteredStates.shouldHaveVisited(ExecutionView.of(declined), "Ship", 0));
    expectFailure(
        () -> assertThat(declined).state("Charge").visit(2),
        ShouldHaveEnteredStates.shouldHaveVisited(ExecutionView.of(declined), "Charge", 2));

    Assertions.assertThat(error.getExpected().getStringRepresentation())
        .isEqualTo(String.join(System.lineSeparator(), "Validate", "Charge", "Notify"));
  }

  @Test
  void fails_retry_and_catch_assertions_with_the_trace() {
    expectFailure(
        () -> assertThat(retriedTwice).state("Charge").wasRetried(3),
        ShouldHaveBeenRetried.shouldHaveBeenRetried(
            ExecutionView.of(retriedTwice), "Charge", "", 3, 2));
    expectFailure(
        () -> assertThat(retriedTwice).state("Charge").caught("States.ALL"),
        ShouldHaveCaught.shouldHaveCaught(
            ExecutionView.of(retriedTwice), "Charge", "States.ALL", ""));
    expectFailure(
        () -> assertThat(declined).state("Charge").caught("States.Timeout"),
        ShouldHaveCaught.shouldHaveCaught(
            ExecutionView.of(declined), "Charge", "States.Timeout", "[Card.Declined -> Refund]"));
    expectFailure(
        () -> assertThat(declined).state("Charge").caught("Card.Declined").into("Notify"),
        ShouldHaveCaught.shouldHaveCaughtInto(
            ExecutionView.of(declined), "Charge", "Card.Declined", "Notify", "Refund"));
    expectFailure(
        () -> assertThat(declined).state("Charge").caught("Card.Declined").withCause("expired"),
        ShouldHaveCaught.shouldHaveCaughtWithCause(
            ExecutionView.of(declined),
            "Charge",
            "Card.Declined",
            "expired",
            "insufficient funds"));
  }

  @Test
  void reads_variables_as_last_assigned() {
    String definition =
        "{\"StartAt\":\"A\",\"States\":{"
            + "\"A\":{\"Type\":\"Pass\",\"Assign\":{\"total\":1,\"who\":\"x\"},\"Next\":\"B\"},"
            + "\"B\":{\"Type\":\"Pass\",\"Assign\":{\"total\":{\"n\":2}},\"End\":true}}}";
    Execution execution = Workflows.run(definition, "{}", call -> CHARGED);

    assertThat(execution).hasVariable("total", "{\"n\": 2}").hasVariable("who", "\"x\"");
    expectFailure(
        () -> assertThat(execution).variable("missing"),
        ShouldHaveVariable.shouldHaveVariable(
            ExecutionView.of(execution), "missing", List.of("total", "who")));
  }

  @Test
  void sees_timed_out_and_aborted_executions() {
    String waits =
        "{\"TimeoutSeconds\":5,\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
    Execution timedOut = Workflows.run(waits, "{}", call -> CHARGED);
    StepFunctionsEmulator emulator =
        StepFunctionsEmulator.create(EmulatorOptions.getDefaultInstance());
    Execution running =
        emulator.startExecution(emulator.createStateMachine("w", waits).arn(), "{}");

    emulator.stopExecution(running.arn(), "Stop", "by test");

    assertThat(timedOut).hasTimedOut();
    assertThat(running).wasAborted();
    Assertions.assertThat(emulator.awaitAll(Duration.ofSeconds(1))).isTrue();
  }

  @Test
  void puts_the_description_in_front() {
    AssertionFailedError error =
        catchThrowableOfType(
            AssertionFailedError.class, () -> assertThat(declined).as("order o-1").hasFailed());

    Assertions.assertThat(error)
        .hasMessage(
            "[order o-1] "
                + ShouldHaveStatus.shouldHaveFailed(ExecutionView.of(declined)).message());
  }

  @Test
  void was_redriven_counts_the_execution_redriven_events_of_the_history() {
    // GIVEN a call that fails once, then answers: the redrive succeeds
    Execution failed =
        Workflows.run(
            "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}}}",
            "{}",
            call ->
                call.invocation() == 0
                    ? TaskResponse.throwing("Lambda.ServiceException", "down")
                    : CHARGED);
    assertThat(failed).hasFailedWith("Lambda.ServiceException").wasRedriven(0);
    // WHEN
    failed.redrive().await();
    // THEN
    assertThat(failed).wasRedriven(1).hasSucceeded();
    expectFailure(
        () -> assertThat(failed).wasRedriven(2),
        ShouldHaveBeenRedriven.shouldHaveBeenRedriven(ExecutionView.of(failed), 2, 1));
  }

  private static AssertionFailedError expectFailure(
      ThrowingCallable assertion, ErrorMessage expected) {
    AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class, assertion);
    Assertions.assertThat(error).as("the assertion should have failed").isNotNull();
    Assertions.assertThat(error).hasMessage(expected.message());
    return error;
  }
}
