package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A compiled field together with the name and source text AWS quotes in its error messages (for
 * example {@code SecondsPath} and {@code $.input.waitSeconds}).
 *
 * @param name the field name as written, e.g. {@code TimeoutSecondsPath} or {@code Assign/x}
 * @param source the text of the expression or value, as written
 * @param evaluator computes the value
 * @param dynamic whether the value depends on the scope (a path or an expression)
 */
public record Field(String name, String source, Evaluator evaluator, boolean dynamic) {

  public JsonNode evaluate(EvaluationScope scope) {
    return evaluator.evaluate(scope);
  }

  /** A field whose value is fixed in the definition. */
  public static Field constant(String name, JsonNode value) {
    return new Field(name, Json.write(value), Evaluator.constant(value), false);
  }
}
