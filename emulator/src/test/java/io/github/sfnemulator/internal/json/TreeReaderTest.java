package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser-only tree reader must build exactly the mapper's tree. */
class TreeReaderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"price\":1.50,\"qty\":2,\"big\":12345678901234567890,\"tiny\":1e-7,\"exp\":1E+3}",
        "[2147483647,2147483648,-2147483649,9223372036854775807,9223372036854775808,-0,-0.0]",
        "{\"a\":1,\"a\":2,\"b\":{\"c\":[1.0,{\"d\":null}]}}",
        "\"\\u00e9\\uD83D\\uDE00\"",
        "3.14159265358979323846264338327950288",
        "  {\"k\":true}  "
      })
  void reads_as_the_mapper_does(String json) throws Exception {
    JsonSamples.assertSameTree(Json.parse(json), Json.mapper().readTree(json));
  }

  @Test
  void random_documents_with_every_kind_of_number_read_as_the_mapper_reads_them() throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      String json = JsonSamples.randomJson(random, 0, true);
      try (JsonParser parser = new JsonFactory().createParser(json)) {
        JsonSamples.assertSameTree(TreeReader.readValue(parser), Json.mapper().readTree(json));
      }
    }
  }

  @Test
  void empty_text_is_a_missing_node_and_text_after_the_first_value_is_not_read() throws Exception {
    assertThat(Json.parse("   ").isMissingNode()).isTrue();
    assertThat(Json.mapper().readTree("   ").isMissingNode()).isTrue();
    assertThat(Json.parse("1.5 2")).isEqualTo(Json.mapper().readTree("1.5 2"));
  }

  @Test
  void invalid_text_fails_with_the_parsers_message() {
    assertThatThrownBy(() -> Json.parse("{\"a\":1.5,}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("was expecting double-quote to start field name");
  }

  @Test
  void a_parser_that_rejects_duplicate_keys_rejects_them_here_too() throws Exception {
    JsonFactory strict =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try (JsonParser parser = strict.createParser("{\"a\":1.5,\"a\":2}")) {
      assertThatThrownBy(() -> TreeReader.readValue(parser))
          .isInstanceOf(StreamReadException.class)
          .hasMessageContaining("Duplicate field 'a'");
    }
  }

  @Test
  void no_value_gives_null() throws Exception {
    try (JsonParser parser = new JsonFactory().createParser("")) {
      JsonNode none = TreeReader.readValue(parser);
      assertThat(none).isNull();
    }
  }
}
