package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.intrinsics.IntrinsicExpression;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** The value of a {@code "key.$": "States.Fn(...)"} member. */
record IntrinsicValue(String field, IntrinsicExpression call) implements TemplateNode {

  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    return call.evaluate(scope, field);
  }
}
