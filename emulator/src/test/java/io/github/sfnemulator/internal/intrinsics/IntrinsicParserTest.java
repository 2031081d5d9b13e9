package io.github.sfnemulator.internal.intrinsics;

import static io.github.sfnemulator.internal.intrinsics.IntrinsicTestSupport.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfnemulator.internal.error.InvalidExpressionException;
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
}
