package io.github.sfnemulator.internal.query.jsonata;

import static io.github.sfnemulator.internal.query.jsonata.JsonataTemplateTest.eval;
import static io.github.sfnemulator.internal.query.jsonata.JsonataTemplateTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepFunctionsFunctionsTest {

  private static String run(String expression) {
    JsonNode template = Json.NODES.textNode("{% " + expression + " %}");
    return Json.write(
        JsonataTemplate.compile("Output", template)
            .evaluate(TestScope.withInput("{\"s\":\"abc\"}")));
  }

  private static String error(String expression) {
    return failure("\"{% " + expression + " %}\"", TestScope.withInput("{}")).cause();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$partition([1,2,3,4,5,6,7,8,9], 3) | [[1,2,3],[4,5,6],[7,8,9]]",
        "$partition([1,2,3,4,5], 2) | [[1,2],[3,4],[5]]",
        "$partition([0], 1) | [[0]]",
        "$partition([0], 2) | [[0]]",
        "$partition([], 2) | []",
        "$range(0, 10, 2) | [0,2,4,6,8,10]",
        "$range(0, 9, 3) | [0,3,6,9]",
        "$range(0, 10, 3) | [0,3,6,9]",
        "$range(1, 9, 9) | 1",
        "$range(5, 1, -2) | [5,3,1]",
        "$range(1e308, 1e308) | 9223372036854775807",
        "$hash('abc', 'MD5') | \"900150983cd24fb0d6963f7d28e17f72\"",
        "$hash('abc', 'SHA-1') | \"a9993e364706816aba3e25717850c26c9cd0d89d\"",
        "$hash($states.input.s, 'SHA-256') | \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"",
        "$parse('-0') | 0",
        "$parse('1') | 1",
        "$parse('\"HelloWorld\"') | \"HelloWorld\"",
        "$parse('{\"Arg1\": 1, \"Arg2\": []}') | {\"Arg1\":1,\"Arg2\":[]}",
        "$parse('null') | null",
        "$parse('[1.5, true]')[0] | 1.5",
      })
  void functions_step_functions_adds(String expression, String expected) {
    assertThat(run(expression)).isEqualTo(Json.write(Json.parse(expected)));
  }

  @Test
  void random_without_seed_draws_from_the_scope() {
    TestScope a = TestScope.withInput("{}");
    TestScope b = TestScope.withInput("{}");
    JsonNode first = eval("\"{% [$random(), $random()] %}\"", a);
    assertThat(eval("\"{% [$random(), $random()] %}\"", b)).isEqualTo(first);
    assertThat(first.get(0).doubleValue())
        .isBetween(0.0, 1.0)
        .isNotEqualTo(first.get(1).doubleValue());
  }

  @Test
  void random_with_seed_is_repeatable() {
    assertThat(run("$random(7)")).isEqualTo(run("$random(7)")).isNotEqualTo(run("$random(8)"));
    double value = Double.parseDouble(run("$random(7)"));
    assertThat(value).isBetween(0.0, 1.0);
  }

  @Test
  void uuid_is_version_4_and_deterministic_per_scope() {
    String first = eval("\"{% $uuid() %}\"", TestScope.withInput("{}")).textValue();
    String again = eval("\"{% $uuid() %}\"", TestScope.withInput("{}")).textValue();
    assertThat(first)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        .isEqualTo(again);
  }

  @Test
  void now_and_millis_are_current_and_agree() {
    long before = System.currentTimeMillis();
    JsonNode out = eval("\"{% [$millis(), $toMillis($now())] %}\"", TestScope.withInput("{}"));
    assertThat(out.get(0).longValue()).isBetween(before, System.currentTimeMillis());
    assertThat(out.get(1).longValue()).isEqualTo(out.get(0).longValue());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$partition([1,2], 0) | The chunk size argument of $partition must be a positive integer, but was: 0",
        "$partition([1,2], 1.5) | The chunk size argument of $partition must be an integer, but was: 1.5",
        "$partition([1,2]) | $partition expects 2 arguments, but got 1",
        "$range(1, 5, 0) | The step argument of $range cannot be zero",
        "$range('a', 5, 1) | The start argument of $range must be an integer, but was: \"a\"",
        // found by FuzzTest: these filled the heap or never ended
        "$range(1, 1e308) | The $range from 1 to 9223372036854775807 would have 9223372036854775807 items, more than the 1048576 allowed",
        "$hash('a', 'SHA-3') | The hashing algorithm of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was: \"SHA-3\"",
        "$hash(1, 'MD5') | The first argument of $hash must be a string",
        "$random('x') | The seed argument of $random must be a number",
        "$parse('{') | The argument of $parse is not valid JSON: ",
        "$parse(1) | The argument of $parse must be a string",
      })
  void function_argument_errors(String expression, String message) {
    assertThat(error(expression))
        .startsWith(
            "The JSONata expression '"
                + expression
                + "' specified for the field 'Output'"
                + " threw an error during evaluation. "
                + message);
  }
}
