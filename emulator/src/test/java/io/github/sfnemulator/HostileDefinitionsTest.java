package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.validation.DefinitionException;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.Severity;
import io.github.sfnemulator.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reproductions of issue 14 items 2 to 4: deep nesting gives a diagnostic with its location,
 * never an Error; endless or exploding expressions end the execution with a States error.
 */
class HostileDefinitionsTest {

  private static String pass(String field, String value) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\""
        + field
        + "\":"
        + value
        + ",\"End\":true}}}";
  }

  private static String jsonataPass(String field, String value) {
    return "{\"QueryLanguage\":\"JSONata\"," + pass(field, value).substring(1);
  }

  private static Diagnostic onlyError(String definition) {
    ValidationResult result = StepFunctionsEmulator.create().validate(definition);
    assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).hasSize(1);
    return result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .findFirst()
        .orElseThrow();
  }

  private static DefinitionException createFails(String definition) {
    return catchThrowableOfType(
        DefinitionException.class,
        () -> StepFunctionsEmulator.create().createStateMachine("Hostile", definition));
  }

  @Test
  void intrinsic_calls_nested_2000_deep_give_a_diagnostic_at_the_field() {
    // GIVEN
    String definition =
        pass(
            "Parameters",
            "{\"a.$\":\"" + "States.Format(".repeat(2000) + "'x'" + ")".repeat(2000) + "\"}");
    // WHEN
    Diagnostic diagnostic = onlyError(definition);
    // THEN
    assertThat(diagnostic.location()).isEqualTo("/States/P/Parameters");
    assertThat(diagnostic.message()).contains("calls are nested more than 32 levels deep");
    assertThat(createFails(definition)).hasMessageContaining("nested more than 32 levels deep");
  }

  @Test
  void jsonata_nested_5000_deep_gives_a_diagnostic_at_the_field() {
    String definition =
        jsonataPass("Output", "\"{% " + "(".repeat(5000) + "1" + ")".repeat(5000) + " %}\"");

    Diagnostic diagnostic = onlyError(definition);

    assertThat(diagnostic.location()).isEqualTo("/States/P/Output");
    assertThat(diagnostic.message()).contains("more than 100 levels deep");
    assertThat(createFails(definition)).hasMessageContaining("more than 100 levels deep");
  }

  @Test
  void a_jsonpath_filter_nested_3000_deep_gives_a_diagnostic_at_the_field() {
    String definition =
        pass("InputPath", "\"$.a[?(" + "(".repeat(3000) + "@.b == 1" + ")".repeat(3000) + ")]\"");

    Diagnostic diagnostic = onlyError(definition);

    assertThat(diagnostic.location()).isEqualTo("/States/P/InputPath");
    assertThat(diagnostic.message()).contains("nested more than 64 levels deep");
    assertThat(createFails(definition)).isNotNull();
  }

  @Test
  void a_result_path_of_3500_segments_gives_a_diagnostic_at_the_field() {
    String definition = pass("ResultPath", "\"$" + ".a".repeat(3500) + "\"");

    Diagnostic diagnostic = onlyError(definition);

    assertThat(diagnostic.location()).isEqualTo("/States/P/ResultPath");
    assertThat(diagnostic.message()).contains("has more than 500 segments");
    assertThat(createFails(definition)).isNotNull();
  }

  @Test
  void json_to_string_nested_28_deep_fails_with_data_limit_exceeded_before_the_heap_runs_out() {
    // GIVEN a 680-byte definition whose output doubles at each level (2^28 times the input)
    String definition =
        pass(
            "Parameters",
            "{\"a.$\":\"" + "States.JsonToString(".repeat(28) + "$" + ")".repeat(28) + "\"}");
    // WHEN
    Execution execution = run(definition, "{\"k\":\"" + "v".repeat(30) + "\"}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
    assertThat(execution.cause())
        .contains("The value of States.JsonToString in the field 'a.$' exceeds the maximum size");
  }

  @Test
  void a_format_whose_placeholders_repeat_the_input_stops_at_the_limit() {
    String definition =
        pass(
            "Parameters",
            "{\"a.$\":\"States.Format('" + "{}".repeat(64) + "'" + ", $".repeat(64) + ")\"}");

    Execution execution = run(definition, "{\"k\":\"" + "v".repeat(10_000) + "\"}");

    assertThat(execution.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED);
  }

  @Test
  void an_endless_jsonata_expression_fails_the_execution_with_query_evaluation_error() {
    // GIVEN the probe of issue 14 item 2, which never returned and held the engine lock
    String definition = jsonataPass("Output", "\"{% ($f := function($n){ $f($n+1) }; $f(0)) %}\"");
    // WHEN
    Execution execution = run(definition, "{}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(execution.cause()).contains("U1002: The evaluation took more than 1000000 steps");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"$.a$.b", "$.a[*]", "$..a", "$.a[?(@.b)]"})
  void validate_refuses_the_operand_paths_that_create_refuses(String operand) {
    // GIVEN issue 14 item 4: validate() said valid, createStateMachine said invalid
    String definition =
        "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.x\","
            + "\"NumericEqualsPath\":\""
            + operand
            + "\",\"Next\":\"E\"}],\"Default\":\"E\"},\"E\":{\"Type\":\"Succeed\"}}}";
    // WHEN
    Diagnostic diagnostic = onlyError(definition);
    // THEN
    assertThat(diagnostic.location()).isEqualTo("/States/C/Choices/0/NumericEqualsPath");
    assertThat(diagnostic.message()).contains("is not a valid reference path");
    assertThat(createFails(definition)).isNotNull();
  }

  @Test
  void a_definition_nested_100000_arrays_deep_gives_a_diagnostic() {
    String definition = pass("Result", "[".repeat(100_000) + "]".repeat(100_000));

    Diagnostic diagnostic = onlyError(definition);

    assertThat(diagnostic.code()).isEqualTo("TOO_DEEPLY_NESTED");
    assertThat(createFails(definition)).hasMessageContaining("TOO_DEEPLY_NESTED");
  }

  @Test
  void an_input_nested_100000_arrays_deep_is_refused_as_invalid_input() {
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.create()) {
      StateMachine machine = emulator.createStateMachine("M", pass("Result", "1"));

      SfnApiException refused =
          catchThrowableOfType(
              SfnApiException.class,
              () ->
                  emulator.startExecution(
                      machine.arn(), "[".repeat(100_000) + "]".repeat(100_000)));

      assertThat(refused.getMessage()).contains("InvalidExecutionInput").contains("nesting depth");
    }
  }
}
