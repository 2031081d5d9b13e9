package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * {@code States.ArrayPartition}: an array split into chunks of a given size (the last may be
 * shorter).
 */
final class StatesArrayPartition implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.ArrayPartition";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    ArrayNode array = args.array(0);
    int size = args.integer(1);
    if (size <= 0) {
      throw args.failure("the chunk size must be a positive integer, but was " + args.get(1));
    }
    ArrayNode chunks = Json.NODES.arrayNode();
    for (int start = 0; start < array.size(); start += size) {
      ArrayNode chunk = Json.NODES.arrayNode();
      for (int i = start; i < Math.min(array.size(), start + size); i++) {
        chunk.add(array.get(i));
      }
      chunks.add(chunk);
    }
    return chunks;
  }
}
