package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** A compiled part of a payload template. */
sealed interface TemplateNode
    permits StaticValue, ObjectTemplate, ArrayTemplate, PathValue, IntrinsicValue {

  JsonNode evaluate(EvaluationScope scope);
}
