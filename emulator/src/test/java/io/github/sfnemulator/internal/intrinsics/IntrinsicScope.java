package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/** A fixed scope for intrinsic tests; each instance has its own seeded random source. */
record IntrinsicScope(JsonNode input, JsonNode context, Map<String, JsonNode> variables, Random rng)
    implements EvaluationScope {

  static IntrinsicScope of(String inputJson) {
    return new IntrinsicScope(
        Json.parse(inputJson),
        Json.parse("{\"StateMachine\": {\"Id\": \"arn:sm\", \"Name\": \"a-b-c\"}}"),
        Map.of("list", Json.parse("[3, 4]")),
        new Random(1));
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  @Override
  public RandomGenerator random() {
    return rng;
  }
}
