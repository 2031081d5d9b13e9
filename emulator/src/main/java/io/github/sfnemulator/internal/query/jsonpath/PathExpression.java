package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A compiled ASL "Path": {@code $...} reads the input, {@code $$...} the context object and
 * {@code $name...} a workflow variable. Compiled once at parse time; {@link #find} is thread-safe.
 */
public final class PathExpression {
  private final String text;

  private PathExpression(String text) {
    this.text = text;
  }

  /**
   * Compiles a path.
   *
   * @throws InvalidExpressionException when the text is not a valid path
   */
  public static PathExpression compile(String text) {
    // Placeholder until the JSONPath engine lands: only checks the leading '$'.
    if (text == null || !text.startsWith("$")) {
      throw new InvalidExpressionException("'" + text + "' is not a valid path: it must begin with '$'");
    }
    return new PathExpression(text);
  }

  /**
   * Compiles a Reference Path: a path that selects at most one node (no wildcards, filters,
   * slices or unions), as ResultPath and the {@code *Path} fields require.
   *
   * @throws InvalidExpressionException when the text is not a valid reference path
   */
  public static PathExpression compileReferencePath(String text) {
    return compile(text);
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  /**
   * The value this path selects in {@code scope}, or {@code null} when it selects nothing. A
   * path that can select several nodes (wildcard, filter, slice, union, deep scan) returns an
   * array of the matches, as Jayway JsonPath does.
   */
  public JsonNode find(EvaluationScope scope) {
    throw new UnsupportedOperationException("JSONPath engine not yet implemented");
  }

  @Override
  public String toString() {
    return text;
  }
}
