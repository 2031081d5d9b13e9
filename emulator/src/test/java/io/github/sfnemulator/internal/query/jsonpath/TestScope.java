package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/** An {@link EvaluationScope} for tests: fixed input, context, variables and a seeded random. */
final class TestScope implements EvaluationScope {
  private final JsonNode input;
  private final JsonNode context;
  private final Map<String, JsonNode> variables;
  private final RandomGenerator random;

  TestScope(JsonNode input, JsonNode context, Map<String, JsonNode> variables, long seed) {
    this.input = input;
    this.context = context;
    this.variables = variables;
    this.random = new Random(seed);
  }

  static TestScope of(String inputJson) {
    return new TestScope(Json.parse(inputJson), Json.NODES.objectNode(), new HashMap<>(), 42);
  }

  TestScope withVariable(String name, String json) {
    Map<String, JsonNode> copy = new HashMap<>(variables);
    copy.put(name, Json.parse(json));
    return new TestScope(input, context, copy, 42);
  }

  TestScope withContext(String json) {
    return new TestScope(input, Json.parse(json), variables, 42);
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public JsonNode context() {
    return context;
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  @Override
  public RandomGenerator random() {
    return random;
  }
}
