package io.github.sfnemulator.internal.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ItemReader object's items, found by offset and read one at a time. */
class TextItemsTest {

  @Test
  void json_array_elements_of_every_kind_read_back_as_parsed() {
    String text = " [ {\"a\":[1,{\"b\":\"]\"}]}, 12.50 ,\"x,y\" , null,[[]], true ] ";

    assertThat(all(TextItems.jsonArray(text))).isEqualTo(Json.parse(text));
  }

  @Test
  void an_empty_json_array_has_no_items() {
    assertThat(TextItems.jsonArray("[]").size()).isZero();
  }

  @Test
  void json_that_is_not_an_array_or_not_valid_fails_the_reader() {
    assertThatThrownBy(() -> TextItems.jsonArray("{\"a\":1}"))
        .isInstanceOfSatisfying(
            TaskFailure.class,
            f -> assertThat(f.error()).isEqualTo(StatesErrors.ITEM_READER_FAILED))
        .hasMessageContaining("must hold an array of items, not object");
    assertThatThrownBy(() -> TextItems.jsonArray("[1, {\"a\": }]"))
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void json_lines_skip_blank_lines_and_name_the_bad_one() {
    assertThat(all(TextItems.jsonLines("{\"a\":1}\r\n\n  \n[2]\n3")))
        .isEqualTo(Json.parse("[{\"a\":1},[2],3]"));
    assertThatThrownBy(() -> TextItems.jsonLines("1\n\n{oops}\n"))
        .hasMessageContaining("Line 3 of the JSONL object");
  }

  @Test
  void csv_rows_with_quoted_delimiters_quotes_and_line_breaks_read_back_whole() {
    String text = "id,note\r\n1,\"a, \"\"quoted\"\"\r\nline\"\n\n2,\n3";

    assertThat(all(TextItems.csv(text, ',', null)))
        .isEqualTo(
            Json.parse(
                "[{\"id\":\"1\",\"note\":\"a, \\\"quoted\\\"\\r\\nline\"},{\"id\":\"2\",\"note\":\"\"},"
                    + "{\"id\":\"3\",\"note\":\"\"}]"));
  }

  @Test
  void csv_with_given_headers_reads_every_row_as_data() {
    assertThat(all(TextItems.csv("1|2\n3|4|5", '|', List.of("x", "y"))))
        .isEqualTo(Json.parse("[{\"x\":\"1\",\"y\":\"2\"},{\"x\":\"3\",\"y\":\"4\"}]"));
  }

  @Test
  void limit_keeps_the_first_items() {
    assertThat(all(TextItems.jsonArray("[1,2,3]").limit(2))).isEqualTo(Json.parse("[1,2]"));
  }

  private static JsonNode all(MapItemList items) {
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(items.get(i));
    }
    return Json.NODES.arrayNode().addAll(out);
  }
}
