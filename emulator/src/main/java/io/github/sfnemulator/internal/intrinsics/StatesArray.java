package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.Array}: an array of its arguments. */
final class StatesArray implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.Array";
  }

  @Override
  public int minArguments() {
    return 0;
  }

  @Override
  public int maxArguments() {
    return Integer.MAX_VALUE;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    com.fasterxml.jackson.databind.node.ArrayNode array = Json.NODES.arrayNode(args.size());
    for (int i = 0; i < args.size(); i++) {
      array.add(args.get(i));
    }
    return array;
  }
}
