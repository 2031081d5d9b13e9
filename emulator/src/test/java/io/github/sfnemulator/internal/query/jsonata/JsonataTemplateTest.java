package io.github.sfnemulator.internal.query.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataTemplateTest {

  static JsonNode eval(String template, EvaluationScope scope) {
    return JsonataTemplate.compile("Output", Json.parse(template)).evaluate(scope);
  }

  static JsonNode eval(String template, String input) {
    return eval(template, TestScope.withInput(input));
  }

  static StatesException failure(String template, EvaluationScope scope) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(
        StatesException.class, () -> eval(template, scope));
  }

  @Test
  void top_level_expression_string_returns_its_value() {
    assertThat(eval("\"{% $states.input.a %}\"", "{\"a\":{\"b\":[1,2]}}"))
        .isEqualTo(Json.parse("{\"b\":[1,2]}"));
  }

  @Test
  void expressions_at_any_depth_are_evaluated_and_other_strings_kept() {
    JsonNode out =
        eval(
            "{\"x\":\"{% $states.input.n + 1 %}\",\"lit\":\"$states.input\","
                + "\"arr\":[1,\"{% $states.input.n %}\",{\"deep\":\"{% 'd' & $states.input.n %}\"}]}",
            "{\"n\":41}");
    assertThat(out)
        .isEqualTo(
            Json.parse("{\"x\":42,\"lit\":\"$states.input\",\"arr\":[1,41,{\"deep\":\"d41\"}]}"));
  }

  @Test
  void padded_delimiters_are_literal_but_inner_whitespace_is_trimmed() {
    assertThat(eval("\" {% 1 %} \"", "{}")).isEqualTo(Json.parse("\" {% 1 %} \""));
    assertThat(eval("\"{%1%}\"", "{}").intValue()).isEqualTo(1);
    assertThat(eval("\"{%   'a'\\n %}\"", "{}").textValue()).isEqualTo("a");
  }

  @Test
  void literal_subtrees_are_shared_not_copied() {
    JsonNode template = Json.parse("{\"static\":{\"a\":[1,2]},\"dyn\":\"{% 1 %}\"}");
    JsonataTemplate compiled = JsonataTemplate.compile("Output", template);
    JsonNode first = compiled.evaluate(TestScope.withInput("{}"));
    JsonNode second = compiled.evaluate(TestScope.withInput("{}"));
    assertThat(first.get("static")).isSameAs(template.get("static")).isSameAs(second.get("static"));
    assertThat(JsonataTemplate.compile("Output", template.get("static")).isConstant()).isTrue();
  }

  @Test
  void input_subtrees_returned_unchanged_are_the_input_nodes() {
    TestScope scope = TestScope.withInput("{\"big\":{\"k\":[1,{\"z\":null}]}}");
    JsonNode out = eval("\"{% $states.input.big %}\"", scope);
    assertThat(out).isSameAs(scope.input().get("big"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | 1",
        "1.5 | 1.5",
        "2 * 3 | 6",
        "3 / 2 | 1.5",
        "$states.input.i | 7",
        "$states.input.f | 2.25",
        "$states.input.f * 4 | 9",
        "$states.input.big | 9007199254740993",
        "$sum([0.1, 0.2]) | 0.30000000000000004",
        "null | null",
        "true | true",
        "[] | []",
        "{} | {}",
        "$states.input.nul | null",
        "[1, null] | [1,null]",
        "$states.input.arr | [1,null,\"x\"]",
      })
  void values_keep_json_fidelity(String expression, String expected) {
    JsonNode out =
        eval(
            "\"{% " + expression + " %}\"",
            "{\"i\":7,\"f\":2.25,\"big\":9007199254740993,\"nul\":null,\"arr\":[1,null,\"x\"]}");
    assertThat(Json.write(out)).isEqualTo(Json.write(Json.parse(expected)));
  }

  @Test
  void null_member_is_a_value_not_undefined() {
    assertThat(eval("\"{% $exists($states.input.a) %}\"", "{\"a\":null}").booleanValue()).isTrue();
    assertThat(eval("\"{% $type($states.input.a) %}\"", "{\"a\":null}").textValue())
        .isEqualTo("null");
  }

  @Test
  void undefined_field_fails_with_aws_cause() {
    StatesException e = failure("{\"result\":\"{% $doesNotExist %}\"}", TestScope.withInput("{}"));
    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output/result'"
                + " returned nothing (undefined).");
  }

  @Test
  void undefined_in_array_element_names_its_index() {
    assertThat(failure("[1,\"{% $states.input.nope %}\"]", TestScope.withInput("{}")).cause())
        .contains("for the field 'Output/1' returned nothing (undefined).");
  }

  @Test
  void function_result_is_unsupported() {
    assertThat(failure("\"{% $fn := function($x){$x} %}\"", TestScope.withInput("{}")).cause())
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Output'"
                + " returned an unsupported result type.");
  }

  @Test
  void library_error_is_reported_with_code_and_message() {
    StatesException e =
        failure(
            "{\"FunctionResult\":\"{% $randomSeeded($states.input.FunctionInput.fst) %}\"}",
            TestScope.withInput("{\"FunctionInput\":\"fst\"}"));
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified"
                + " for the field 'Output/FunctionResult' threw an error during evaluation."
                + " T1006: Attempted to invoke a non-function");
  }

  @Test
  void library_messages_say_function_not_object() {
    assertThat(failure("\"{% $uppercase(1) %}\"", TestScope.withInput("{}")).cause())
        .endsWith(
            "threw an error during evaluation. T0410: Argument 1 of function \"uppercase\""
                + " does not match function signature");
  }

  @Test
  void arithmetic_on_string_fails() {
    assertThat(failure("\"{% 'a' + 1 %}\"", TestScope.withInput("{}")).cause())
        .contains("threw an error during evaluation. T2001: ");
  }

  @Test
  void template_without_field_name_omits_it_from_cause() {
    assertThatThrownBy(
            () ->
                JsonataTemplate.compile(Json.parse("\"{% $nope %}\""))
                    .evaluate(TestScope.withInput("{}")))
        .isInstanceOf(StatesException.class)
        .hasMessageContaining("The JSONata expression '$nope' returned nothing (undefined).");
  }

  @Test
  void invalid_expression_fails_to_compile_with_message() {
    assertThatThrownBy(() -> JsonataTemplate.compile("Output", Json.parse("{\"a\":\"{% 1 + %}\"}")))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining("Invalid JSONata expression '1 +'")
        .hasMessageContaining("Output/a");
  }

  @Test
  void block_without_parentheses_is_still_invalid() {
    assertThatThrownBy(() -> JsonataTemplate.compile(Json.parse("\"{% $a := 1; $a %}\"")))
        .isInstanceOf(InvalidExpressionException.class);
  }

  @Test
  void empty_expression_is_invalid() {
    assertThatThrownBy(() -> JsonataTemplate.compile(Json.parse("\"{%  %}\"")))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void eval_is_rejected_at_compile_time() {
    assertThatThrownBy(() -> JsonataTemplate.compile(Json.parse("\"{% $eval('1') %}\"")))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining("$parse");
  }

  @Test
  void is_expression_requires_both_delimiters() {
    assertThat(JsonataTemplate.isExpression(Json.parse("\"{% x %}\""))).isTrue();
    assertThat(JsonataTemplate.isExpression(Json.parse("\"{% x\""))).isFalse();
    assertThat(JsonataTemplate.isExpression(Json.parse("\"{%}\""))).isFalse();
    assertThat(JsonataTemplate.isExpression(Json.parse("1"))).isFalse();
  }

  @Test
  void regular_expressions_work() {
    assertThat(eval("\"{% $contains(\\\"hello$world\\\", /^hello\\\\$/) %}\"", "{}").booleanValue())
        .isTrue();
  }
}
