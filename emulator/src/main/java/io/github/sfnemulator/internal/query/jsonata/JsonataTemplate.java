package io.github.sfnemulator.internal.query.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A JSON value in a JSONata state (Arguments, Output, Assign, Condition, Items, ...) whose
 * strings of the form {@code {% expression %}} are JSONata expressions, at any depth. Compiled
 * once at parse time; {@link #evaluate} is thread-safe.
 */
public final class JsonataTemplate {
  private final JsonNode template;

  private JsonataTemplate(JsonNode template) {
    this.template = template;
  }

  /**
   * @throws InvalidExpressionException when an expression does not compile
   */
  public static JsonataTemplate compile(JsonNode template) {
    return new JsonataTemplate(template);
  }

  public JsonNode template() {
    return template;
  }

  /** Whether {@code value} is a string of the form {@code {% ... %}}. */
  public static boolean isExpression(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return false;
    }
    String s = value.textValue();
    return s.startsWith("{%") && s.endsWith("%}") && s.length() >= 4;
  }

  /**
   * Evaluates the template; {@code $states} is bound from the scope, {@code $name} to variables.
   *
   * @throws io.github.sfnemulator.internal.error.StatesException States.QueryEvaluationError with
   *     AWS's cause text
   */
  public JsonNode evaluate(EvaluationScope scope) {
    throw new UnsupportedOperationException("JSONata not yet implemented");
  }
}
