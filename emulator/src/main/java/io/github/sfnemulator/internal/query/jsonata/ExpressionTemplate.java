package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A {@code {% expression %}} string. {@code field} is where it sits, as AWS names it in causes
 * ({@code Output/result}, {@code Items}); null when the caller gave no field name.
 */
record ExpressionTemplate(CompiledExpression expression, String field) implements TemplateNode {

  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    Object value;
    try {
      value = expression.evaluate(scope);
    } catch (StatesException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Besides JException, jsonata-java surfaces some failures as plain runtime exceptions
      // (casts, wrapped function errors); they are still failures of the user's expression.
      throw EvaluationCauses.failed(expression.source(), field, e);
    }
    if (value == CompiledExpression.UNDEFINED) {
      throw EvaluationCauses.undefined(expression.source(), field);
    }
    if (!JsonValues.isSupported(value)) {
      throw EvaluationCauses.unsupported(expression.source(), field);
    }
    return JsonValues.toJson(value);
  }
}
