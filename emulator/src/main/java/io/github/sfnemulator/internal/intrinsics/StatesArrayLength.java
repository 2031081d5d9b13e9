package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.ArrayLength}: the number of items of an array. */
final class StatesArrayLength implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.ArrayLength";
  }

  @Override
  public int minArguments() {
    return 1;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    return Json.NODES.numberNode(args.array(0).size());
  }
}
