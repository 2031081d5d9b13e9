package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.ArrayContains}: whether an array holds a value (deep equality). */
final class StatesArrayContains implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.ArrayContains";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    JsonNode wanted = args.get(1);
    for (JsonNode item : args.array(0)) {
      if (JsonValues.same(item, wanted)) {
        return BooleanNode.TRUE;
      }
    }
    return BooleanNode.FALSE;
  }
}
