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

class ResultPathWriterTest {
  private static final JsonNode RESULT = Json.parse("{\"r\": 1}");

  @Test
  void dollar_replaces_the_input() {
    assertThat(ResultPathWriter.compile("$").apply(Json.parse("[1]"), RESULT)).isSameAs(RESULT);
  }

  @Test
  void sets_a_field_and_leaves_the_input_unchanged() {
    // GIVEN
    JsonNode input = Json.parse("{\"keep\": {\"deep\": true}, \"a\": {\"old\": 0}}");
    String before = Json.write(input);

    // WHEN
    JsonNode output = ResultPathWriter.compile("$.a.b").apply(input, RESULT);

    // THEN
    assertThat(output)
        .isEqualTo(
            Json.parse("{\"keep\": {\"deep\": true}, \"a\": {\"old\": 0, \"b\": {\"r\": 1}}}"));
    assertThat(Json.write(input)).isEqualTo(before);
    assertThat(output.get("keep")).isSameAs(input.get("keep"));
  }

  @Test
  void creates_missing_intermediate_objects() {
    JsonNode output = ResultPathWriter.compile("$.x.y['z']").apply(Json.parse("{}"), RESULT);

    assertThat(output).isEqualTo(Json.parse("{\"x\": {\"y\": {\"z\": {\"r\": 1}}}}"));
  }

  @Test
  void replaces_an_existing_array_element() {
    JsonNode input = Json.parse("{\"list\": [0, {\"k\": 1}, 2]}");

    JsonNode output = ResultPathWriter.compile("$.list[1].k").apply(input, RESULT);

    assertThat(output).isEqualTo(Json.parse("{\"list\": [0, {\"k\": {\"r\": 1}}, 2]}"));
    assertThat(input.get("list").get(1).get("k").asInt()).isEqualTo(1);
  }

  @Test
  void fails_with_result_path_match_failure_when_the_input_is_not_an_object() {
    assertThatThrownBy(() -> ResultPathWriter.compile("$.a").apply(Json.parse("\"text\""), RESULT))
        .isInstanceOf(StatesException.class)
        .satisfies(
            e -> {
              StatesException failure = (StatesException) e;
              assertThat(failure.error()).isEqualTo(StatesErrors.RESULT_PATH_MATCH_FAILURE);
              assertThat(failure.cause())
                  .isEqualTo("Unable to apply ReferencePath $.a to input \"text\"");
            });
  }

  @Test
  void fails_when_an_index_is_out_of_range() {
    assertThatThrownBy(() -> ResultPathWriter.compile("$[3]").apply(Json.parse("[1]"), RESULT))
        .isInstanceOf(StatesException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$$.Execution", "$var.x", "$.a[*]", "$..a", "a"})
  void rejects_paths_that_are_not_reference_paths_into_the_input(String path) {
    assertThatThrownBy(() -> ResultPathWriter.compile(path))
        .isInstanceOf(InvalidExpressionException.class);
  }
}
