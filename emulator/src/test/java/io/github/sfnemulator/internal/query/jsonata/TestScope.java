package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** A mutable-by-builder scope for tests: input, context, variables, result, error output. */
final class TestScope implements EvaluationScope {
  private final JsonNode input;
  private JsonNode context = Json.parse("{\"State\":{\"Name\":\"S\"}}");
  private JsonNode result;
  private JsonNode errorOutput;
  private final Map<String, JsonNode> variables = new HashMap<>();
  private final RandomGenerator random = new SplittableRandom(42);
  int contextReads;

  private TestScope(JsonNode input) {
    this.input = input;
  }

  static TestScope withInput(String json) {
    return new TestScope(Json.parse(json));
  }

  static TestScope withInput(JsonNode input) {
    return new TestScope(input);
  }

  TestScope variable(String name, String json) {
    variables.put(name, Json.parse(json));
    return this;
  }

  TestScope variables(Map<String, JsonNode> all) {
    variables.putAll(all);
    return this;
  }

  TestScope context(String json) {
    context = Json.parse(json);
    return this;
  }

  TestScope result(String json) {
    result = Json.parse(json);
    return this;
  }

  TestScope errorOutput(String json) {
    errorOutput = Json.parse(json);
    return this;
  }

  @Override
  public JsonNode input() {
    return input;
  }

  @Override
  public JsonNode context() {
    contextReads++;
    return context;
  }

  @Override
  public JsonNode variable(String name) {
    return variables.get(name);
  }

  @Override
  public JsonNode result() {
    return result;
  }

  @Override
  public JsonNode errorOutput() {
    return errorOutput;
  }

  @Override
  public RandomGenerator random() {
    return random;
  }
}
