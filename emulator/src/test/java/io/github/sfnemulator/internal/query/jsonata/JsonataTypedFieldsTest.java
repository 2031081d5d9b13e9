package io.github.sfnemulator.internal.query.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataTypedFieldsTest {

  private static StatesException itemsFailure(String template, String input) {
    JsonataTemplate items = JsonataTemplate.compile("Items", Json.parse(template));
    return catchThrowableOfType(
        StatesException.class, () -> items.evaluate(TestScope.withInput(input), JsonType.ARRAY));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "\"{% 1 %}\" | '1' | 'number' | 1",
        "\"{% null %}\" | 'null' | 'null' | null",
        "\"{% 'string' %}\" | ''string'' | 'string' | \"string\"",
        "\"{% {'foo': 'bar'} %}\" | '{'foo': 'bar'}' | 'object' | {\"foo\":\"bar\"}",
      })
  void items_of_wrong_type_fail_as_aws_words_it(
      String template, String shown, String type, String value) {
    StatesException e = itemsFailure(template, "{}");
    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression "
                + shown
                + " specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was "
                + type
                + " for value: "
                + value);
  }

  @Test
  void items_function_result_is_unsupported_before_type_check() {
    assertThat(itemsFailure("\"{% $fn := function($x){$x} %}\"", "{}").cause())
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items'"
                + " returned an unsupported result type.");
  }

  @Test
  void items_of_right_type_pass() {
    JsonataTemplate items =
        JsonataTemplate.compile("Items", Json.parse("[1, \"{% $number('2') %}\", 3]"));
    assertThat(items.evaluate(TestScope.withInput("{}"), JsonType.ARRAY))
        .isEqualTo(Json.parse("[1,2,3]"));
  }

  @Test
  void condition_must_be_boolean() {
    JsonataTemplate condition =
        JsonataTemplate.compile("Condition", Json.parse("\"{% $states.input.v %}\""));
    assertThat(condition.evaluateCondition(TestScope.withInput("{\"v\":true}"))).isTrue();
    assertThat(condition.evaluateCondition(TestScope.withInput("{\"v\":false}"))).isFalse();
    StatesException e =
        catchThrowableOfType(
            StatesException.class,
            () -> condition.evaluateCondition(TestScope.withInput("{\"v\":\"yes\"}")));
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression '$states.input.v' specified for the field 'Condition'"
                + " returned an unexpected result type. Expected 'boolean', but was 'string'"
                + " for value: \"yes\"");
  }

  @Test
  void literal_condition_is_allowed() {
    assertThat(
            JsonataTemplate.compile("Condition", Json.parse("true"))
                .evaluateCondition(TestScope.withInput("{}")))
        .isTrue();
  }

  @Test
  void number_and_string_fields() {
    JsonataTemplate seconds =
        JsonataTemplate.compile("TimeoutSeconds", Json.parse("\"{% $variable := 1 %}\""));
    assertThat(seconds.evaluate(TestScope.withInput("{}"), JsonType.NUMBER).intValue())
        .isEqualTo(1);
    JsonataTemplate error =
        JsonataTemplate.compile("Error", Json.parse("\"{% $states.input.e %}\""));
    StatesException e =
        catchThrowableOfType(
            StatesException.class,
            () -> error.evaluate(TestScope.withInput("{\"e\":5}"), JsonType.STRING));
    assertThat(e.cause()).endsWith("Expected 'string', but was 'number' for value: 5");
  }
}
