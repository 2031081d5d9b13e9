package io.github.sfnemulator.server;

import static io.github.sfnemulator.server.StateMachineApiTest.PASS;
import static io.github.sfnemulator.server.StateMachineApiTest.ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * AWS's names and limits through an unmodified SfnClient: the call itself is refused with AWS's
 * error, and nothing is left behind (API reference: CreateStateMachine, StartExecution).
 */
class ApiLimitsTest {
  private final ServerFixture f = new ServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private String create(String name) {
    return f.sfn
        .createStateMachine(b -> b.name(name).definition(PASS).roleArn(ROLE))
        .stateMachineArn();
  }

  @Test
  void start_and_start_sync_refuse_300_kib_of_input_with_a_validation_exception() {
    // GIVEN
    String machine = create("M");
    String express =
        f.sfn
            .createStateMachine(
                b -> b.name("E").definition(PASS).roleArn(ROLE).type(StateMachineType.EXPRESS))
            .stateMachineArn();
    String input = "{\"s\": \"" + "x".repeat(300 * 1024) + "\"}";
    // WHEN
    SfnException started =
        catchThrowableOfType(
            () -> f.sfn.startExecution(b -> b.stateMachineArn(machine).input(input)),
            SfnException.class);
    SfnException synced =
        catchThrowableOfType(
            () -> f.sfn.startSyncExecution(b -> b.stateMachineArn(express).input(input)),
            SfnException.class);
    // THEN
    for (SfnException e : new SfnException[] {started, synced}) {
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
      assertThat(e.awsErrorDetails().errorMessage())
          .isEqualTo(
              "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must"
                  + " have length less than or equal to 262144");
    }
    assertThat(f.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).isEmpty();
  }

  @Test
  void input_with_trailing_text_is_invalid_execution_input() {
    // GIVEN
    String machine = create("M");
    // WHEN
    Throwable thrown =
        catchThrowableOfType(
            () -> f.sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"a\":1} junk")),
            InvalidExecutionInputException.class);
    // THEN
    assertThat(thrown).isNotNull();
    assertThat(f.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).isEmpty();
  }

  @Test
  void a_definition_over_1048576_characters_is_a_validation_exception() {
    // GIVEN
    String definition = PASS + " ".repeat(1_048_577 - PASS.length());
    // WHEN
    SfnException e =
        catchThrowableOfType(
            () ->
                f.sfn.createStateMachine(b -> b.name("Huge").definition(definition).roleArn(ROLE)),
            SfnException.class);
    // THEN
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(e.awsErrorDetails().errorMessage())
        .endsWith(
            "at 'definition' failed to satisfy constraint: Member must have length less than or equal to 1048576");
    assertThat(f.sfn.listStateMachines().stateMachines()).isEmpty();
  }

  @Test
  void names_follow_aws_rules_and_81_characters_is_a_validation_exception() {
    // GIVEN / WHEN
    String dotted = create("order.42");
    String at =
        f.sfn.startExecution(b -> b.stateMachineArn(dotted).name("user@host")).executionArn();
    SfnException tooLong = catchThrowableOfType(() -> create("n".repeat(81)), SfnException.class);
    // THEN
    assertThat(dotted).endsWith(":stateMachine:order.42");
    assertThat(at).endsWith(":execution:order.42:user@host");
    assertThat(tooLong.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(tooLong.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value '"
                + "n".repeat(81)
                + "' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80");
  }
}
