package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain reader must build exactly Jackson's tree, or leave the text to Jackson. */
class PlainJsonReaderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        " { \"a\" : 1 ,\n\"b\":\t[ true , false , null , \"x\" ] }\r\n",
        "{\"id\":1}",
        "{\"orderId\":\"o-1\",\"n\":{\"m\":[[],{},[{}]]}}",
        "[0,-0,7,-7,10,11,2147483647,-2147483648,2147483648,-2147483649,999999999999999999]",
        "[-999999999999999999,1000000000,9999999999]",
        "\"top-level string\"",
        "42",
        "true",
        "null",
        "{\"\":\"\"}",
        "{\"k\\\"ey\\\\\":\"line\\nbreak\\ttab\\u0001\\u001f\\b\\f\\r\\/</é€😀\\u007f\\u00E9\\uD83D\\uDE00\"}",
        "[\"\\u0000\",\"a\\\\b\"]"
      })
  void reads_plain_json_as_jackson_does(String json) throws Exception {
    JsonNode plain = PlainJsonReader.read(json);

    assertThat(plain).isNotNull();
    JsonSamples.assertSameTree(plain, Json.mapper().readTree(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{\"a\":1.5}",
        "[1e3]",
        "[1E3]",
        "[-1.0]",
        "[1234567890123456789]",
        "[01]",
        "[-]",
        "[1x]",
        "{\"a\":1,\"a\":2}",
        "{\"a\":null,\"a\":null}",
        "{} trailing",
        "1 2",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{a:1}",
        "['a']",
        "\"unterminated",
        "\"tab\tinside\"",
        "\"bad \\x escape\"",
        "\"short \\u12\"",
        "\"bad \\u12g4\"",
        "tru",
        "truex",
        "nul",
        "NaN",
        "[+1]",
        "\uFEFF{}",
        "{\"a\":1}}",
        "[[["
      })
  void declines_what_it_does_not_read_exactly_as_jackson(String json) {
    assertThat(PlainJsonReader.read(json)).isNull();
  }

  @Test
  void declines_deep_nesting_and_long_strings() {
    assertThat(PlainJsonReader.read("[".repeat(65) + "]".repeat(65))).isNull();
    assertThat(PlainJsonReader.read("[".repeat(64) + "]".repeat(64))).isNotNull();
    assertThat(PlainJsonReader.read("\"" + "x".repeat(10_001) + "\"")).isNull();
  }

  @Test
  void json_parse_still_reports_jackson_errors_for_invalid_text() {
    assertThatThrownBy(() -> Json.parse("{\"a\":}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Unexpected character");
    JsonSamples.assertSameTree(
        Json.parse("{\"a\":1.50,\"b\":[1e2]}"), parseWithJackson("{\"a\":1.50,\"b\":[1e2]}"));
  }

  @Test
  void random_documents_read_as_jackson_reads_them() throws Exception {
    Random random = new Random(42);
    int read = 0;
    for (int i = 0; i < 2_000; i++) {
      String json = JsonSamples.randomJson(random, 0);
      JsonNode plain = PlainJsonReader.read(json);
      if (plain != null) {
        read++;
        JsonSamples.assertSameTree(plain, Json.mapper().readTree(json));
      }
    }
    assertThat(read).isGreaterThan(1_000);
  }

  private static JsonNode parseWithJackson(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
