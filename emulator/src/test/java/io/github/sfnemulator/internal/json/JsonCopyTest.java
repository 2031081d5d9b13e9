package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonCopyTest {
  @Test
  void a_copy_is_equal_with_containers_of_its_own_and_values_shared() {
    JsonNode original =
        Json.parse("{\"a\":{\"b\":[1,\"two\",{\"c\":null}],\"d\":true},\"e\":[],\"f\":{}}");

    JsonNode copy = Json.copy(original);

    assertThat(copy).isEqualTo(original);
    assertThat(copy.get("a")).isNotSameAs(original.get("a"));
    assertThat(copy.at("/a/b")).isNotSameAs(original.at("/a/b"));
    assertThat(copy.at("/a/b/2")).isNotSameAs(original.at("/a/b/2"));
    assertThat(copy.at("/a/b/1")).isSameAs(original.at("/a/b/1"));
    assertThat(Json.write(copy)).isEqualTo(Json.write(original));

    ((ObjectNode) copy.get("a")).put("d", false);
    ((ArrayNode) copy.at("/a/b")).add(4);
    assertThat(original.at("/a/d").asBoolean()).isTrue();
    assertThat(original.at("/a/b")).hasSize(3);
  }

  @Test
  void a_value_is_its_own_copy() {
    JsonNode text = Json.parse("\"x\"");
    assertThat(Json.copy(text)).isSameAs(text);
  }
}
