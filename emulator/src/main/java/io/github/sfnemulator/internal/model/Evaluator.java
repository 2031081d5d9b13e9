package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A field's compiled value: a constant, a JSONPath path or payload template, an intrinsic call or a
 * JSONata template. The interpreter does not need to know which.
 */
@FunctionalInterface
public interface Evaluator {
  JsonNode evaluate(EvaluationScope scope);

  /** An evaluator that always yields {@code value}. */
  static Evaluator constant(JsonNode value) {
    return scope -> value;
  }
}
