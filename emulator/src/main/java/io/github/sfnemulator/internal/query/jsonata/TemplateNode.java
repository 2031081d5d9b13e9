package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** A compiled part of a {@link JsonataTemplate}. */
sealed interface TemplateNode
    permits LiteralTemplate, ExpressionTemplate, ObjectTemplate, ArrayTemplate {

  JsonNode evaluate(EvaluationScope scope);
}
