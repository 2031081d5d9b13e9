package io.github.sfnemulator.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfnemulator.internal.parse.DefinitionReader;
import io.github.sfnemulator.validation.Diagnostic;
import io.github.sfnemulator.validation.ValidationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text that is no definition gives one diagnostic, never an exception. */
class BadDefinitionTextTest {

  static Stream<Arguments> bad_texts() {
    return Stream.of(
        Arguments.of("null text", null, "MISSING_DESCRIPTION", ""),
        Arguments.of("blank", "  \n", "MISSING_DESCRIPTION", ""),
        Arguments.of("not JSON", "{StartAt: A", "INVALID_JSON_DESCRIPTION", ""),
        Arguments.of(
            "truncated", "{\"StartAt\": \"A\", \"States\": {", "INVALID_JSON_DESCRIPTION", ""),
        Arguments.of("trailing garbage", "{\"StartAt\": \"A\"} x", "INVALID_JSON_DESCRIPTION", ""),
        Arguments.of("array", "[1, 2]", "SCHEMA_VALIDATION_FAILED", ""),
        Arguments.of("YAML scalar", "just words", "SCHEMA_VALIDATION_FAILED", ""),
        Arguments.of("bad YAML", "StartAt: [A\nStates: {", "INVALID_JSON_DESCRIPTION", ""),
        Arguments.of(
            "absurd nesting", "[".repeat(5000) + "]".repeat(5000), "TOO_DEEPLY_NESTED", ""),
        Arguments.of(
            "repeated field",
            "{\"StartAt\": \"A\", \"StartAt\": \"B\"}",
            "SCHEMA_VALIDATION_FAILED",
            "/StartAt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad_texts")
  void reports_unreadable_text_as_one_diagnostic(
      String name, String text, String code, String location) {
    // WHEN
    ValidationResult result = DefinitionValidator.validate(text);

    // THEN
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::location)
        .containsExactly(tuple(code, location));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void says_where_json_breaks() {
    // WHEN
    ValidationResult result =
        DefinitionValidator.validate("{\n  \"StartAt\": \"A\",\n  \"States\": ]\n}");

    // THEN
    assertThat(result.diagnostics().get(0).message())
        .startsWith("The definition is not valid JSON (line 3, column");
  }

  @Test
  void reads_yaml_definitions() {
    // GIVEN
    String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n";

    // WHEN
    ValidationResult result =
        DefinitionValidator.validate(DefinitionReader.read(yaml, DefinitionReader.Format.YAML));

    // THEN
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::location)
        .containsExactly(
            tuple("MISSING_END_STATE", "/States"),
            tuple("MISSING_TRANSITION_TARGET", "/States/A/Next"));
  }

  @Test
  void a_tree_that_is_not_an_object_is_a_diagnostic() {
    assertThat(
            DefinitionValidator.validate((com.fasterxml.jackson.databind.JsonNode) null).errors())
        .extracting(Diagnostic::code)
        .containsExactly("SCHEMA_VALIDATION_FAILED");
  }
}
