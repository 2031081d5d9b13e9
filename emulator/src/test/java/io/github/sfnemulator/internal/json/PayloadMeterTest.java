package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class PayloadMeterTest {
  private final PayloadMeter meter = new PayloadMeter();

  private static ArrayNode strings(int count, int length) {
    ArrayNode array = Json.NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      array.add("x".repeat(length));
    }
    return array;
  }

  @Test
  void counts_a_member_it_has_seen_before_each_time_it_appears() {
    // GIVEN a tree within the limit, then one holding its member twice
    ArrayNode half = strings(100, 1_000);
    ObjectNode first = Json.NODES.objectNode().set("a", half);
    ObjectNode twice = Json.NODES.objectNode();
    twice.set("a", half);
    twice.set("b", half);
    ObjectNode thrice = twice.deepCopy().set("c", half);

    // WHEN / THEN
    assertThat(meter.exceedsLimit(first)).isFalse();
    assertThat(meter.exceedsLimit(twice)).isFalse();
    assertThat(meter.exceedsLimit(thrice)).isTrue();
  }

  @Test
  void answers_as_payloads_for_a_series_of_trees_sharing_members() {
    ArrayNode items = strings(3, 10);
    ObjectNode customer = Json.NODES.objectNode().put("tier", "gold");
    ObjectNode input = Json.NODES.objectNode().put("acc", 1);
    input.set("items", items);
    input.set("customer", customer);
    ObjectNode output = input.deepCopy().put("acc", 2);
    output.set("items", items);
    ObjectNode big = output.deepCopy();
    big.set("blob", strings(300, 1_000));

    for (ObjectNode tree : new ObjectNode[] {input, output, input, big, output, big}) {
      assertThat(meter.exceedsLimit(tree)).isEqualTo(Payloads.exceedsLimit(tree));
    }
  }

  @Test
  void trusts_a_tree_measured_elsewhere() {
    ObjectNode tree = Json.NODES.objectNode();
    tree.set("blob", strings(300, 1_000));

    meter.accept(tree);

    assertThat(meter.exceedsLimit(tree)).isFalse();
  }
}
