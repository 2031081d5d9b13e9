package io.github.sfnemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.validation.DefinitionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpdateStateMachineTest {
  private static final String PASS =
      """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "old", "End": true}}}
      """;
  private static final String NEW_PASS =
      """
      {"StartAt": "Q", "States": {"Q": {"Type": "Pass", "Result": "new", "End": true}}}
      """;

  private final StepFunctionsEmulator emulator = StepFunctionsEmulator.create();

  @AfterEach
  void close() {
    emulator.close();
  }

  @Test
  void new_executions_run_the_updated_definition() {
    // GIVEN
    StateMachine machine = emulator.createStateMachine("Orders", PASS);
    // WHEN
    StateMachine updated = emulator.updateStateMachine(machine.arn(), NEW_PASS, null);
    // THEN
    assertThat(updated.definition()).isEqualTo(NEW_PASS);
    assertThat(updated.roleArn()).isEqualTo(machine.roleArn());
    assertThat(updated.creationDate()).isEqualTo(machine.creationDate());
    assertThat(emulator.startSyncExecution(machine.arn(), "{}").output()).isEqualTo("\"new\"");
  }

  @Test
  void a_null_definition_keeps_the_definition_and_changes_the_role() {
    StateMachine machine = emulator.createStateMachine("Orders", PASS);

    StateMachine updated =
        emulator.updateStateMachine(machine.arn(), null, "arn:aws:iam::123456789012:role/other");

    assertThat(updated.definition()).isEqualTo(PASS);
    assertThat(emulator.describeStateMachine(machine.arn()).roleArn()).endsWith(":role/other");
  }

  @Test
  void rejects_an_unknown_machine_and_an_invalid_definition() {
    StateMachine machine = emulator.createStateMachine("Orders", PASS);

    assertThat(
            catchThrowableOfType(
                    () -> emulator.updateStateMachine(machine.arn() + "x", NEW_PASS, null),
                    SfnApiException.class)
                .errorCode())
        .isEqualTo("StateMachineDoesNotExist");
    assertThat(
            catchThrowableOfType(
                () -> emulator.updateStateMachine(machine.arn(), "{\"StartAt\":\"X\"}", null),
                DefinitionException.class))
        .isNotNull();
    assertThat(emulator.describeStateMachine(machine.arn()).definition()).isEqualTo(PASS);
  }
}
