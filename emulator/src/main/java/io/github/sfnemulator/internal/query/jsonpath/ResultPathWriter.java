package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;

/**
 * A compiled ResultPath: where a state's result goes in its input. {@code $} replaces the input;
 * {@code $.a.b} sets (creating objects on the way) without changing the original input tree.
 */
public final class ResultPathWriter {
  private final String text;

  private ResultPathWriter(String text) {
    this.text = text;
  }

  /**
   * @throws InvalidExpressionException when the text is not a valid reference path into {@code $}
   */
  public static ResultPathWriter compile(String text) {
    PathExpression.compileReferencePath(text);
    return new ResultPathWriter(text);
  }

  public String text() {
    return text;
  }

  /**
   * A new tree: {@code input} with {@code result} at this path. Input shared structure is not
   * modified.
   *
   * @throws io.github.sfnemulator.internal.error.StatesException States.ResultPathMatchFailure
   *     when the path cannot be applied to the input
   */
  public JsonNode apply(JsonNode input, JsonNode result) {
    throw new UnsupportedOperationException("ResultPath not yet implemented");
  }
}
