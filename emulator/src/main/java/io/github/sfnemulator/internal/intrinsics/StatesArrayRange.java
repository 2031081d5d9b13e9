package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * {@code States.ArrayRange}: the integers from a first to a last value (inclusive) by a step; at
 * most 1000.
 */
final class StatesArrayRange implements IntrinsicFunction {
  private static final int MAX_ITEMS = 1000;

  @Override
  public String name() {
    return "States.ArrayRange";
  }

  @Override
  public int minArguments() {
    return 3;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    int first = args.integer(0);
    int last = args.integer(1);
    int step = args.integer(2);
    if (step == 0) {
      throw args.failure("the step must not be 0");
    }
    long count = (step > 0 ? (long) last - first : (long) first - last) / Math.abs((long) step) + 1;
    if (count > MAX_ITEMS) {
      throw args.failure(
          "the range would have " + count + " items, more than the limit of " + MAX_ITEMS);
    }
    ArrayNode range = Json.NODES.arrayNode();
    for (long i = first; step > 0 ? i <= last : i >= last; i += step) {
      range.add(Json.NODES.numberNode((int) i));
    }
    return range;
  }
}
