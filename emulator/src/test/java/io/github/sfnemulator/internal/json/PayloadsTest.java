package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "null",
        "true",
        "\"caf\\u00e9 \\\" \\n\"",
        "-12",
        "1.5",
        "123456789012345678901234567890",
        "1.000000000000000000000000000001",
        "{\"a\":[1,2.5,{\"b\":null,\"c\":false}],\"d\":\"\\u0001\",\"\\u00e9\":{}}"
      })
  void upper_bound_is_never_below_the_written_size(String text) {
    JsonNode node = Json.parse(text);

    assertThat(Payloads.upperBound(node, Long.MAX_VALUE))
        .isGreaterThanOrEqualTo(Json.sizeInBytes(node));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void measures_the_written_size_near_the_limit(int overLimit) {
    // A string whose bound passes the limit but whose text is exactly at, under or over it.
    String value = "x".repeat(Payloads.MAX_BYTES - 2 + overLimit);
    JsonNode text = Json.NODES.textNode(value);

    assertThat(Payloads.exceedsLimit(text)).isEqualTo(overLimit > 0);
  }
}
