package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A compiled JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign in
 * JSONPath states): keys ending in {@code .$} take a path or an intrinsic call, other values are
 * copied as they are, at any depth.
 */
public final class PayloadTemplate {
  private final JsonNode template;

  private PayloadTemplate(JsonNode template) {
    this.template = template;
  }

  /**
   * @throws InvalidExpressionException when a {@code .$} value is not a string holding a valid
   *     path or intrinsic function call
   */
  public static PayloadTemplate compile(JsonNode template) {
    return new PayloadTemplate(template);
  }

  /** The template as written. */
  public JsonNode template() {
    return template;
  }

  /**
   * Evaluates the template.
   *
   * @throws io.github.sfnemulator.internal.error.StatesException States.Runtime,
   *     States.ParameterPathFailure or States.IntrinsicFailure, with AWS's cause text
   */
  public JsonNode evaluate(EvaluationScope scope) {
    throw new UnsupportedOperationException("payload templates not yet implemented");
  }
}
