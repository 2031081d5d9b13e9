package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.JsonToString}: the compact JSON text of a value. */
final class StatesJsonToString implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.JsonToString";
  }

  @Override
  public int minArguments() {
    return 1;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    return Json.NODES.textNode(Json.write(args.get(0)));
  }
}
