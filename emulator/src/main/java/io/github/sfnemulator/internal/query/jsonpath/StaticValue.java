package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** A subtree without {@code .$} keys: shared by every evaluation, never copied. */
record StaticValue(JsonNode value) implements TemplateNode {

  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    return value;
  }
}
