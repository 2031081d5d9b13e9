package io.github.sfnemulator;

import static io.github.sfnemulator.TestExecutions.json;
import static io.github.sfnemulator.TestExecutions.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChoiceOperatorsTest {

  /** A Choice on {@code $.v} with one rule; {@code $.other} is there for the Path forms. */
  private static String choiceOn(String rule) {
    return """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [%s], "Default": "No"},
          "Yes": {"Type": "Pass", "Result": "yes", "End": true},
          "No": {"Type": "Pass", "Result": "no", "End": true}}}
        """
        .formatted(rule);
  }

  private static Arguments row(String operator, String v, String other, boolean matches) {
    return Arguments.of(operator, v, other, matches);
  }

  static Stream<Arguments> comparisons() {
    String t1 = "\"2024-03-01T10:00:00Z\"";
    String t2 = "\"2024-03-01T10:00:01Z\"";
    return Stream.of(
        row("\"StringEquals\": \"abc\"", "\"abc\"", "null", true),
        row("\"StringEquals\": \"abc\"", "\"abd\"", "null", false),
        row("\"StringEquals\": \"1\"", "1", "null", false),
        row("\"StringLessThan\": \"b\"", "\"a\"", "null", true),
        row("\"StringLessThan\": \"a\"", "\"a\"", "null", false),
        row("\"StringGreaterThan\": \"a\"", "\"b\"", "null", true),
        row("\"StringGreaterThan\": \"b\"", "\"b\"", "null", false),
        row("\"StringLessThanEquals\": \"a\"", "\"a\"", "null", true),
        row("\"StringLessThanEquals\": \"a\"", "\"b\"", "null", false),
        row("\"StringGreaterThanEquals\": \"b\"", "\"b\"", "null", true),
        row("\"StringGreaterThanEquals\": \"b\"", "\"a\"", "null", false),
        row("\"StringEqualsPath\": \"$.other\"", "\"x\"", "\"x\"", true),
        row("\"StringEqualsPath\": \"$.other\"", "\"x\"", "\"y\"", false),
        row("\"StringLessThanPath\": \"$.other\"", "\"x\"", "\"y\"", true),
        row("\"StringGreaterThanPath\": \"$.other\"", "\"y\"", "\"x\"", true),
        row("\"StringLessThanEqualsPath\": \"$.other\"", "\"y\"", "\"x\"", false),
        row("\"StringGreaterThanEqualsPath\": \"$.other\"", "\"x\"", "\"x\"", true),
        row("\"NumericEquals\": 1", "1.0", "null", true),
        row("\"NumericEquals\": 1", "2", "null", false),
        row("\"NumericEquals\": 1", "\"1\"", "null", false),
        row("\"NumericLessThan\": 2", "1.5", "null", true),
        row("\"NumericLessThan\": 2", "2", "null", false),
        row("\"NumericGreaterThan\": 2", "2.5", "null", true),
        row("\"NumericGreaterThan\": 2", "2", "null", false),
        row("\"NumericLessThanEquals\": 2", "2", "null", true),
        row("\"NumericLessThanEquals\": 2", "3", "null", false),
        row("\"NumericGreaterThanEquals\": 2", "2", "null", true),
        row("\"NumericGreaterThanEquals\": 2", "-1", "null", false),
        row("\"NumericEqualsPath\": \"$.other\"", "7", "7", true),
        row("\"NumericLessThanPath\": \"$.other\"", "7", "8", true),
        row("\"NumericGreaterThanPath\": \"$.other\"", "7", "8", false),
        row("\"NumericLessThanEqualsPath\": \"$.other\"", "8", "8", true),
        row("\"NumericGreaterThanEqualsPath\": \"$.other\"", "9", "8", true),
        row("\"BooleanEquals\": true", "true", "null", true),
        row("\"BooleanEquals\": true", "false", "null", false),
        row("\"BooleanEquals\": true", "\"true\"", "null", false),
        row("\"BooleanEqualsPath\": \"$.other\"", "false", "false", true),
        row("\"BooleanEqualsPath\": \"$.other\"", "false", "true", false),
        row("\"TimestampEquals\": " + t1, t1, "null", true),
        row("\"TimestampEquals\": " + t1, t2, "null", false),
        row("\"TimestampEquals\": " + t1, "1", "null", false),
        row("\"TimestampLessThan\": " + t2, t1, "null", true),
        row("\"TimestampLessThan\": " + t1, t1, "null", false),
        row("\"TimestampGreaterThan\": " + t1, t2, "null", true),
        row("\"TimestampGreaterThan\": " + t1, t1, "null", false),
        row("\"TimestampLessThanEquals\": " + t1, t1, "null", true),
        row("\"TimestampLessThanEquals\": " + t1, t2, "null", false),
        row("\"TimestampGreaterThanEquals\": " + t1, t1, "null", true),
        row("\"TimestampGreaterThanEquals\": " + t2, t1, "null", false),
        row("\"TimestampEqualsPath\": \"$.other\"", t1, t1, true),
        row("\"TimestampLessThanPath\": \"$.other\"", t1, t2, true),
        row("\"TimestampGreaterThanPath\": \"$.other\"", t1, t2, false),
        row("\"TimestampLessThanEqualsPath\": \"$.other\"", t2, t1, false),
        row("\"TimestampGreaterThanEqualsPath\": \"$.other\"", t2, t1, true),
        row("\"StringMatches\": \"log-*.txt\"", "\"log-2024.txt\"", "null", true),
        row("\"StringMatches\": \"log-*.txt\"", "\"log-2024.csv\"", "null", false),
        row("\"StringMatches\": \"*\"", "\"\"", "null", true),
        row("\"StringMatches\": \"a\\\\*b\"", "\"a*b\"", "null", true),
        row("\"StringMatches\": \"a\\\\*b\"", "\"axb\"", "null", false),
        row("\"StringMatches\": \"a\\\\\\\\b\"", "\"a\\\\b\"", "null", true),
        row("\"IsNull\": true", "null", "null", true),
        row("\"IsNull\": true", "0", "null", false),
        row("\"IsNull\": false", "\"x\"", "null", true),
        row("\"IsNumeric\": true", "1.5", "null", true),
        row("\"IsNumeric\": true", "\"1\"", "null", false),
        row("\"IsString\": true", "\"1\"", "null", true),
        row("\"IsString\": true", "null", "null", false),
        row("\"IsBoolean\": true", "false", "null", true),
        row("\"IsBoolean\": true", "\"false\"", "null", false),
        row("\"IsTimestamp\": true", t1, "null", true),
        row("\"IsTimestamp\": true", "\"2024-03-01\"", "null", false),
        row("\"IsTimestamp\": false", "12", "null", true));
  }

  @ParameterizedTest(name = "{0} on {1} (other {2}) -> {3}")
  @MethodSource("comparisons")
  void applies_comparison_operator(String operator, String v, String other, boolean matches) {
    // GIVEN
    String definition = choiceOn("{\"Variable\": \"$.v\", " + operator + ", \"Next\": \"Yes\"}");
    // WHEN
    Execution execution = run(definition, "{\"v\": " + v + ", \"other\": " + other + "}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.outputJson().asText()).isEqualTo(matches ? "yes" : "no");
  }

  static Stream<Arguments> presence() {
    return Stream.of(
        Arguments.of("{\"v\": 1}", true, true),
        Arguments.of("{\"v\": null}", true, true),
        Arguments.of("{}", true, false),
        Arguments.of("{}", false, true),
        Arguments.of("{\"v\": 1}", false, false));
  }

  @ParameterizedTest(name = "IsPresent {1} on {0} -> {2}")
  @MethodSource("presence")
  void tests_presence_of_the_variable(String input, boolean isPresent, boolean matches) {
    String definition =
        choiceOn("{\"Variable\": \"$.v\", \"IsPresent\": " + isPresent + ", \"Next\": \"Yes\"}");

    Execution execution = run(definition, input);

    assertThat(execution.outputJson().asText()).isEqualTo(matches ? "yes" : "no");
  }

  static Stream<Arguments> combinations() {
    String gt1 = "{\"Variable\": \"$.v\", \"NumericGreaterThan\": 1}";
    String lt5 = "{\"Variable\": \"$.v\", \"NumericLessThan\": 5}";
    return Stream.of(
        Arguments.of("{\"And\": [" + gt1 + ", " + lt5 + "], \"Next\": \"Yes\"}", "3", true),
        Arguments.of("{\"And\": [" + gt1 + ", " + lt5 + "], \"Next\": \"Yes\"}", "7", false),
        Arguments.of("{\"Or\": [" + lt5 + ", " + gt1 + "], \"Next\": \"Yes\"}", "7", true),
        Arguments.of(
            "{\"Or\": [{\"Not\": " + gt1 + "}, {\"Not\": " + lt5 + "}], \"Next\": \"Yes\"}",
            "3",
            false),
        Arguments.of("{\"Not\": " + gt1 + ", \"Next\": \"Yes\"}", "0", true),
        Arguments.of("{\"Not\": " + gt1 + ", \"Next\": \"Yes\"}", "2", false),
        Arguments.of(
            "{\"Not\": {\"And\": [" + gt1 + ", {\"Or\": [" + lt5 + "]}]}, \"Next\": \"Yes\"}",
            "3",
            false));
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @MethodSource("combinations")
  void combines_rules_with_and_or_not(String rule, String v, boolean matches) {
    Execution execution = run(choiceOn(rule), "{\"v\": " + v + "}");

    assertThat(execution.outputJson().asText()).isEqualTo(matches ? "yes" : "no");
  }

  @Test
  void takes_the_first_matching_rule_in_order() {
    // GIVEN two rules that both match
    String definition =
        """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
              {"Variable": "$.v", "NumericGreaterThan": 0, "Next": "First"},
              {"Variable": "$.v", "NumericGreaterThan": 1, "Next": "Second"}]},
          "First": {"Type": "Pass", "Result": "first", "End": true},
          "Second": {"Type": "Pass", "Result": "second", "End": true}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"v\": 5}");
    // THEN
    assertThat(execution.outputJson().asText()).isEqualTo("first");
    assertThat(execution.statesEntered()).containsExactly("C", "First");
  }

  @Test
  void passes_its_input_through_to_the_next_state() {
    Execution execution =
        run(
            choiceOn("{\"Variable\": \"$.v\", \"IsPresent\": true, \"Next\": \"End\"}")
                .replace(
                    "\"Yes\": {\"Type\": \"Pass\", \"Result\": \"yes\", \"End\": true}",
                    "\"End\": {\"Type\": \"Succeed\"}"),
            "{\"v\": [1, 2]}");

    assertThat(execution.outputJson()).isEqualTo(json("{\"v\": [1, 2]}"));
  }

  @Test
  void fails_with_no_choice_matched_when_no_rule_matches_and_there_is_no_default() {
    // GIVEN
    String definition =
        """
        {"StartAt": "Route", "States": {
          "Route": {"Type": "Choice", "Choices": [
              {"Variable": "$.v", "StringEquals": "a", "Next": "Done"}]},
          "Done": {"Type": "Succeed"}}}
        """;
    // WHEN
    Execution execution = run(definition, "{\"v\": \"b\"}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.NO_CHOICE_MATCHED);
  }

  @Test
  void fails_with_runtime_error_when_the_variable_is_missing() {
    // GIVEN a comparison (not IsPresent) on a field the input lacks
    String definition =
        choiceOn("{\"Variable\": \"$.missing\", \"StringEquals\": \"a\", \"Next\": \"Yes\"}");
    // WHEN
    Execution execution = run(definition, "{\"v\": 1}");
    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(execution.cause())
        .isEqualTo(
            "An error occurred while executing the state 'C' (entered at the event id #2)."
                + " Invalid path '$.missing': The choice state's condition path references an invalid value.");
  }
}
