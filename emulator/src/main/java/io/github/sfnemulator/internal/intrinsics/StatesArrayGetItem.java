package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.ArrayGetItem}: the item of an array at a zero-based index. */
final class StatesArrayGetItem implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.ArrayGetItem";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    ArrayNode array = args.array(0);
    JsonNode index = args.get(1);
    if (!index.isIntegralNumber()
        && !(index.isNumber() && index.decimalValue().stripTrailingZeros().scale() <= 0)) {
      throw args.failure("the index must be an integer, but was " + index);
    }
    int i = args.integer(1);
    if (i < 0 || i >= array.size()) {
      throw args.failure(
          "index " + i + " is out of bounds for an array of " + array.size() + " items");
    }
    return array.get(i);
  }
}
