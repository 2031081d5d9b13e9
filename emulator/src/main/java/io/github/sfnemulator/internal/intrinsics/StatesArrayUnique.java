package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * {@code States.ArrayUnique}: an array without repeated values, first occurrences kept in order.
 */
final class StatesArrayUnique implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.ArrayUnique";
  }

  @Override
  public int minArguments() {
    return 1;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    ArrayNode array = args.array(0);
    ArrayNode unique = Json.NODES.arrayNode();
    for (JsonNode item : array) {
      boolean seen = false;
      for (JsonNode kept : unique) {
        seen = seen || JsonValues.same(kept, item);
      }
      if (!seen) {
        unique.add(item);
      }
    }
    return unique.size() == array.size() ? array : unique;
  }
}
