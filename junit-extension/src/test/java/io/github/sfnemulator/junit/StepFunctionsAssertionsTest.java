package io.github.sfnemulator.junit;

import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThat;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.assertThatThrownBy;
import static io.github.sfnemulator.junit.StepFunctionsAssertions.then;

import io.github.sfnemulator.Execution;
import io.github.sfnemulator.StepFunctionsEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One static import serves executions and AssertJ's own assertions. */
class StepFunctionsAssertionsTest {
  private static final String PASS =
      """
      {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "Result": {"ok": true}, "End": true}}}
      """;

  @Test
  void asserts_executions_and_any_other_value_from_the_one_import() {
    // GIVEN
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      Execution execution =
          emulator.startExecution(emulator.createStateMachine("m", PASS).arn(), "{}").await();

      // WHEN / THEN executions get the execution assertions, strings and lists AssertJ's
      assertThat(execution).hasSucceeded().hasEnteredStatesExactly("Done");
      then(execution).hasOutput("{\"ok\": true}");
      assertThat(execution.output()).isEqualTo("{\"ok\":true}");
      assertThat(List.of("Done")).containsExactly("Done");
      then(execution.name()).isNotBlank();
      assertThatThrownBy(() -> assertThat(execution).hasFailed())
          .isInstanceOf(AssertionError.class);
    }
  }
}
