package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An ObjectNode over a SmallObjectMap behaves as one over Jackson's LinkedHashMap. */
class SmallObjectMapTest {

  @Test
  void keeps_insertion_order_and_replaces_in_place_past_its_capacity() {
    ObjectNode small = new ObjectNode(Json.NODES, new SmallObjectMap(2));
    ObjectNode usual = Json.NODES.objectNode();
    for (ObjectNode n : new ObjectNode[] {small, usual}) {
      n.put("b", 1).put("a", "x").put("c", true).put("b", 2);
      n.putNull("d");
    }

    assertThat(Json.write(small)).isEqualTo("{\"b\":2,\"a\":\"x\",\"c\":true,\"d\":null}");
    assertThat(small).isEqualTo(usual);
    assertThat(usual).isEqualTo(small);
    assertThat(small.hashCode()).isEqualTo(usual.hashCode());
    assertThat(small.get("a").textValue()).isEqualTo("x");
    assertThat(small.has("z")).isFalse();
    assertThat(small.size()).isEqualTo(4);
  }

  @Test
  void removes_by_key_and_through_the_iterator() {
    SmallObjectMap map = new SmallObjectMap(4);
    ObjectNode node = new ObjectNode(Json.NODES, map);
    node.put("a", 1).put("b", 2).put("c", 3).put("d", 4);

    node.remove("b");
    for (Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getKey().equals("c")) {
        it.remove();
      }
    }

    assertThat(Json.write(node)).isEqualTo("{\"a\":1,\"d\":4}");
    assertThat(map)
        .isEqualTo(
            new LinkedHashMap<>(
                Map.of("a", Json.NODES.numberNode(1), "d", Json.NODES.numberNode(4))));
    assertThat(node.deepCopy()).isEqualTo(node);
  }

  @Test
  void entry_set_value_writes_through() {
    SmallObjectMap map = new SmallObjectMap(1);
    map.put("a", Json.NODES.numberNode(1));

    map.entrySet().iterator().next().setValue(Json.NODES.numberNode(9));

    assertThat(map.get("a").intValue()).isEqualTo(9);
  }
}
