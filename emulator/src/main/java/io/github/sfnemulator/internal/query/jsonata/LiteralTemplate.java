package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** A subtree without expressions: every evaluation returns the same (shared, immutable) tree. */
record LiteralTemplate(JsonNode value) implements TemplateNode {
  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    return value;
  }
}
