package io.github.sfnemulator.internal.query.jsonata;

import static io.github.sfnemulator.internal.query.jsonata.JsonataTemplateTest.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;

/** Issue 14: no JSONata expression runs forever, overflows the stack or exhausts the heap. */
class EvaluationBoundsTest {

  private static StatesException failure(String expression) {
    return catchThrowableOfType(
        StatesException.class,
        () -> eval(Json.write(Json.NODES.textNode("{% " + expression + " %}")), "{}"));
  }

  @Test
  void an_endless_tail_recursion_ends_at_the_step_bound() {
    // GIVEN the probe of issue 14: jsonata-java trampolines the tail call into an endless loop
    String endless = "($f := function($n){ $f($n+1) }; $f(0))";
    // WHEN
    StatesException failure = failure(endless);
    // THEN
    assertThat(failure.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(failure.cause()).contains("U1002: The evaluation took more than 1000000 steps");
  }

  @Test
  void an_endless_loop_over_a_huge_range_ends_at_a_bound() {
    StatesException failure = failure("$count($map([1..900000], function($v){ $v * 2 }))");

    assertThat(failure.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(failure.cause()).contains("U1002");
  }

  @Test
  void a_non_tail_recursion_ends_at_the_depth_bound_as_jsonata_words_it() {
    StatesException failure = failure("($f := function($n){ 1 + $f($n+1) }; $f(0))");

    assertThat(failure.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(failure.cause()).contains("U1001: Stack overflow error");
  }

  @Test
  void a_string_that_doubles_at_each_call_ends_at_the_size_bound() {
    // GIVEN 2^40 characters if nothing stopped it
    String doubling = "($f := function($s,$n){ $n = 0 ? $s : $f($s & $s, $n-1) }; $f('x', 40))";
    // WHEN
    StatesException failure = failure(doubling);
    // THEN
    assertThat(failure.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(failure.cause()).contains("U1003: A value of 2097152 characters was built");
  }

  @Test
  void a_huge_pad_width_is_refused_before_the_padding_is_built() {
    StatesException failure = failure("$length($pad('', 100000000))");

    assertThat(failure.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(failure.cause()).contains("The width argument of $pad must be at most 1048576");
  }

  @Test
  void pad_still_pads_and_checks_its_arguments_as_the_library_does() {
    assertThat(eval("\"{% $pad('ab', -5, '#') %}\"", "{}").textValue()).isEqualTo("###ab");
    assertThat(eval("\"{% 'ab' ~> $pad(4) %}\"", "{}").textValue()).isEqualTo("ab  ");
    assertThat(failure("$pad('ab', 'x')").cause()).contains("T0410");
    assertThat(eval("\"{% $pad('ab', 7, '-+') %}\"", "{}").textValue()).isEqualTo("ab-+-+-");
    assertThat(eval("\"{% $pad('ab', 1) %}\"", "{}").textValue()).isEqualTo("ab");
    assertThat(eval("\"{% $pad('é', -3, '€') %}\"", "{}").textValue()).isEqualTo("€€é");
  }

  @Test
  void a_pad_to_a_million_characters_is_built_in_one_pass() {
    // GIVEN found by the fuzz campaign: the library took over ten seconds for $pad("s", 977092)
    // WHEN / THEN
    assertThat(eval("\"{% $length($pad('s', 977092)) %}\"", "{}").intValue()).isEqualTo(977_092);
  }

  @Test
  void bounded_work_well_within_the_bounds_succeeds() {
    String factorial = "($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f(100))";

    assertThat(eval(Json.write(Json.NODES.textNode("{% " + factorial + " %}")), "{}").doubleValue())
        .isGreaterThan(9.3e157);
    assertThat(eval("\"{% $sum([1..100000]) %}\"", "{}").longValue()).isEqualTo(5_000_050_000L);
  }

  @Test
  void an_expression_nested_5000_levels_is_refused_at_compile_time() {
    // GIVEN the probe of issue 14, which overflowed the parser's stack
    String nested = "(".repeat(5000) + "1" + ")".repeat(5000);
    // WHEN / THEN
    assertThatThrownBy(() -> CompiledExpression.compile(nested))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessage(
            "The JSONata expression nests parentheses, brackets or braces more than 100 levels"
                + " deep; split it with variables ($x := ...) or Assign");
  }

  @Test
  void brackets_inside_strings_and_comments_do_not_count_as_nesting() {
    String text =
        "'" + "(".repeat(500) + "' & /* " + "[".repeat(500) + " */ \"" + "{".repeat(500) + "\"";

    assertThat(ExpressionNesting.depth(text)).isZero();
    assertThat(ExpressionNesting.depth("[{\"a\": (1)}]")).isEqualTo(3);
  }

  @Test
  void a_chain_of_operators_too_long_to_parse_is_refused_at_compile_time_or_runs() {
    // GIVEN nesting without brackets: the parser recurses once per prefix operator
    String chain = "-".repeat(50_000) + "1";
    // WHEN / THEN either a compile error or a value, never an Error
    try {
      assertThat(eval(Json.write(Json.NODES.textNode("{% " + chain + " %}")), "{}")).isNotNull();
    } catch (InvalidExpressionException | StatesException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Test
  void a_library_failure_while_parsing_is_an_invalid_expression() {
    // GIVEN found by the fuzz campaign: a ClassCastException inside the parser escaped create
    String source = "$match($not($$, 1, a)).map([1,2,3], function($x){ ($v := 1; null) })";
    // WHEN / THEN
    assertThatThrownBy(() -> CompiledExpression.compile(source))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageStartingWith("Invalid JSONata expression '" + source + "': ");
  }

  @Test
  void a_regex_literal_that_java_cannot_compile_is_an_invalid_expression() {
    // GIVEN found by the fuzz campaign: the tokenizer's PatternSyntaxException escaped create
    String source =
        "$pad( / $x, $number(0)) ? $reverse(a % $states.input, $uuid({}), $$ / '') : [1..2]";
    // WHEN / THEN
    assertThatThrownBy(() -> CompiledExpression.compile(source))
        .isInstanceOf(InvalidExpressionException.class)
        .hasMessageStartingWith(
            "Invalid JSONata expression '" + source + "': Unmatched closing ')'");
  }

  @Test
  void round_with_a_huge_precision_returns_at_once_with_the_same_value() {
    // GIVEN found by the fuzz campaign: the library computed to 973,018 decimal places for seconds
    // WHEN / THEN
    assertThat(eval("\"{% $round(1.25, 973018.68) %}\"", "{}").doubleValue()).isEqualTo(1.25);
    assertThat(eval("\"{% $round(1234.5, -1000000) %}\"", "{}").doubleValue()).isZero();
    assertThat(eval("\"{% $round(2.567, 1) %}\"", "{}").doubleValue()).isEqualTo(2.6);
    assertThat(failure("$round('x')").cause()).contains("T0410");
  }

  @Test
  void a_picture_asking_for_a_million_characters_is_refused() {
    StatesException failure = failure("$fromMillis(0, '[Y,1000000]')");

    assertThat(failure.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(failure.cause())
        .contains(
            "The picture of $fromMillis asks for a width of 1000000 characters, more than the 1000 allowed");
    assertThat(eval("\"{% $fromMillis(0, '[Y0001]-[M01]') %}\"", "{}").textValue())
        .isEqualTo("1970-01");
    assertThat(eval("\"{% $formatInteger(12, '000') %}\"", "{}").textValue()).isEqualTo("012");
  }
}
