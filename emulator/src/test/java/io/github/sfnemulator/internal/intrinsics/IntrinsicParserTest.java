package io.github.sfnemulator.internal.intrinsics;

import static io.github.sfnemulator.internal.intrinsics.IntrinsicTestSupport.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {

  @Test
  void string_literals_unescape_quotes_braces_and_backslashes() {
    assertThat(eval("States.Array('it\\'s', '\\{x\\}', 'a\\\\b', 'a,b)')"))
        .isEqualTo(Json.parse("[\"it's\", \"{x}\", \"a\\\\b\", \"a,b)\"]"));
  }

  @Test
  void numbers_keep_integer_and_decimal_forms() {
    assertThat(eval("States.Array(1, -2, 1.5, 1e2)")).isEqualTo(Json.parse("[1, -2, 1.5, 1E+2]"));
  }

  @Test
  void path_arguments_may_hold_brackets_filters_and_spaces() {
    assertThat(eval("States.Array( $.arr[?(@ > 3)] , $['obj'].a ,$.arr[0:2])"))
        .isEqualTo(Json.parse("[[4, 5], 1, [1, 2]]"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "States.Nope()                     | is not a known intrinsic function",
        "States.ArrayRange(1, 2)           | takes exactly 3 argument(s) but was given 2",
        "States.MathRandom(1)              | takes between 2 and 3 argument(s)",
        "States.Format()                   | takes at least 1 argument(s)",
        "States.UUID(1)                    | takes exactly 0 argument(s)",
        "States.Array('open                | unterminated string literal",
        "States.Array(1) extra             | unexpected text after the closing parenthesis",
        "States.Array(1                    | expected ')'",
        "States.Array(nope)                | is not a known intrinsic function",
        "states.array()                    | is not a known intrinsic function",
      })
  void rejects_invalid_calls_at_compile_time(String call, String message) {
    assertThatThrownBy(() -> IntrinsicExpression.compile(call.strip()))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining(message.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"States.Format('x')", "  States.UUID()"})
  void recognises_call_syntax(String text) {
    assertThat(IntrinsicExpression.looksLikeCall(text)).isTrue();
  }

  @Test
  void calls_nested_32_deep_compile_and_33_deep_are_refused() {
    // GIVEN issue 14: 2,000 nested States.Format overflowed the parser's stack
    String ok = "States.Format(".repeat(32) + "'x'" + ")".repeat(32);
    String deep = "States.Format(".repeat(33) + "'x'" + ")".repeat(33);
    // WHEN / THEN
    assertThat(eval(ok).textValue()).isEqualTo("x");
    assertThatThrownBy(() -> IntrinsicExpression.compile(deep))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageContaining("calls are nested more than 32 levels deep")
        .hasMessageStartingWith("'States.Format(States.Format(");
  }

  @Test
  void a_result_over_the_payload_limit_fails_with_data_limit_exceeded_as_it_is_built() {
    // GIVEN each JsonToString escapes the quotes and backslashes of the one inside it
    String doubling = "States.JsonToString(".repeat(28) + "$" + ")".repeat(28);
    // WHEN / THEN
    assertThatThrownBy(() -> eval(doubling))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> assertThat(e.error()).isEqualTo(StatesErrors.DATA_LIMIT_EXCEEDED));
  }

  @Test
  void a_path_argument_ending_in_a_backslash_inside_a_quote_is_an_invalid_call() {
    // GIVEN found by the fuzz campaign: StringIndexOutOfBoundsException escaped create
    String call = "States.ArrayPartition($', $x)\\";
    // WHEN / THEN
    assertThatThrownBy(() -> IntrinsicExpression.compile(call))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageStartingWith(
            "'States.ArrayPartition($', $x)\\' is not a valid intrinsic function call: ");
  }
}
