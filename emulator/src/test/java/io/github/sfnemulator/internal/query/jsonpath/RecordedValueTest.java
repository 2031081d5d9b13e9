package io.github.sfnemulator.internal.query.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnemulator.internal.json.Json;
import org.junit.jupiter.api.Test;

class RecordedValueTest {

  @Test
  void placeholders_match_any_text_but_the_rest_must_be_equal() {
    assertThat(RecordedValue.matchesText("a:<ArnPart_0idx>:b", "a:xyz:b")).isTrue();
    assertThat(RecordedValue.matchesText("a:<ArnPart_0idx>:b", "a:xyz:c")).isFalse();
  }

  @Test
  void numbers_compare_by_value_and_values_by_structure() {
    assertThat(RecordedValue.matches(Json.parse("{\"a\":[1]}"), Json.parse("{\"a\":[1.0]}")))
        .isTrue();
    assertThat(RecordedValue.matches(Json.parse("{\"a\":[1]}"), Json.parse("{\"a\":[2]}")))
        .isFalse();
    assertThat(RecordedValue.matches(Json.parse("{\"a\":1}"), Json.parse("{\"a\":1,\"b\":2}")))
        .isFalse();
  }
}
