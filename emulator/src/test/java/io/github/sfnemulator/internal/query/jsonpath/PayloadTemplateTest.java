package io.github.sfnemulator.internal.query.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTemplateTest {
  private static final TestScope SCOPE =
      TestScope.of("{\"name\": \"Ann\", \"n\": 2}")
          .withContext("{\"State\": {\"Name\": \"S1\"}}")
          .withVariable("v", "[1, 2]");

  @Test
  void static_template_evaluates_to_itself() {
    JsonNode template = Json.parse("{\"a\": {\"b\": [1, {\"c\": \"$.not_a_path\"}]}}");

    assertThat(PayloadTemplate.compile(template).evaluate(SCOPE)).isSameAs(template);
  }

  @Test
  void dollar_keys_take_paths_and_intrinsics_at_any_depth() {
    JsonNode template =
        Json.parse(
            """
            {"who.$": "$.name", "static": {"k": 1},
             "nested": {"list": [{"state.$": "$$.State.Name"}, 3],
                        "greeting.$": "States.Format('Hi {}', $.name)", "var.$": "$v[1]"}}
            """);

    JsonNode output = PayloadTemplate.compile(template).evaluate(SCOPE);

    assertThat(output)
        .isEqualTo(
            Json.parse(
                """
                {"who": "Ann", "static": {"k": 1},
                 "nested": {"list": [{"state": "S1"}, 3], "greeting": "Hi Ann", "var": 2}}
                """));
    assertThat(output.get("static")).isSameAs(template.get("static"));
  }

  @Test
  void a_path_that_selects_nothing_fails_with_aws_cause() {
    PayloadTemplate template = PayloadTemplate.compile(Json.parse("{\"value.$\": \"$.nope\"}"));

    assertThatThrownBy(() -> template.evaluate(SCOPE))
        .isInstanceOf(StatesException.class)
        .satisfies(
            e -> {
              StatesException failure = (StatesException) e;
              assertThat(failure.error()).isEqualTo(StatesErrors.RUNTIME);
              assertThat(failure.cause())
                  .isEqualTo(
                      "The JSONPath '$.nope' specified for the field 'value.$' could not be found"
                          + " in the input '{\"name\":\"Ann\",\"n\":2}'");
            });
  }

  @Test
  void an_indefinite_path_that_matches_nothing_gives_an_empty_array() {
    JsonNode template = Json.parse("{\"item.$\": \"$.items[*]\"}");

    assertThat(PayloadTemplate.compile(template).evaluate(SCOPE))
        .isEqualTo(Json.parse("{\"item\": []}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a.$\": 1}", "{\"a.$\": \"name\"}", "{\"a.$\": \"States.Nope()\"}"})
  void rejects_dollar_values_that_are_neither_paths_nor_calls(String template) {
    assertThatThrownBy(() -> PayloadTemplate.compile(Json.parse(template)))
        .isInstanceOf(InvalidExpressionException.class);
  }
}
