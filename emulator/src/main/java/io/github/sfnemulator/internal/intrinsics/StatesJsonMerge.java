package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** {@code States.JsonMerge}: a shallow merge of two objects, the second winning on shared keys. */
final class StatesJsonMerge implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.JsonMerge";
  }

  @Override
  public int minArguments() {
    return 3;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    ObjectNode first = args.object(0);
    ObjectNode second = args.object(1);
    if (args.bool(2)) {
      throw args.failure("deep merging is not supported; the third argument must be false");
    }
    ObjectNode merged = Json.NODES.objectNode();
    merged.setAll(first);
    merged.setAll(second);
    return merged;
  }
}
