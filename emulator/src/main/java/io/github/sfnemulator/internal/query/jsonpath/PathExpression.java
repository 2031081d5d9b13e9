package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A compiled ASL "Path": {@code $...} reads the input, {@code $$...} the context object and {@code
 * $name...} a workflow variable. Compiled once at parse time; {@link #find} is thread-safe.
 *
 * <p>Plain chains of names and indexes ({@code $.a.b}, {@code $.a[0]['b']}, {@code $[-1]}) are
 * walked directly; everything else (wildcards, slices, filters, deep scan, unions, functions such
 * as {@code length()}) runs through Jayway JsonPath, the engine AWS uses.
 */
public final class PathExpression {
  private final String text;
  private final PathRoot root;
  private final String variable;
  private final SimplePath simple;
  private final JaywayPath jayway;

  private PathExpression(String text, PathRoot root, String variable, SimplePath simple) {
    this.text = text;
    this.root = root;
    this.variable = variable;
    this.simple = simple;
    this.jayway = simple == null ? JaywayPath.compile(text, text.substring(variableEnd())) : null;
  }

  /**
   * Compiles a path.
   *
   * @throws InvalidExpressionException when the text is not a valid path
   */
  public static PathExpression compile(String text) {
    if (text == null || !text.startsWith("$")) {
      throw new InvalidExpressionException(
          "'" + text + "' is not a valid path: it must begin with '$'");
    }
    if (PathSegments.shape(text).steps() > PathSegments.MAX) {
      throw new InvalidExpressionException(
          "'"
              + PathSegments.abbreviate(text)
              + "' is not a valid path: it has more than "
              + PathSegments.MAX
              + " segments");
    }
    int rootLength = PathParser.rootLength(text);
    PathRoot root = PathParser.root(text);
    String variable = root == PathRoot.VARIABLE ? text.substring(1, rootLength) : null;
    if (variable != null && !Character.isLetter(variable.charAt(0)) && variable.charAt(0) != '_') {
      throw new InvalidExpressionException(
          "'" + text + "' is not a valid path: a variable name must begin with a letter or '_'");
    }
    SimplePath simple = PathParser.parseSimple(text.substring(rootLength));
    return new PathExpression(text, root, variable, simple);
  }

  /**
   * Compiles a Reference Path: a path that selects at most one node (no wildcards, filters, slices,
   * unions or functions), as ResultPath and the {@code *Path} fields require.
   *
   * @throws InvalidExpressionException when the text is not a valid reference path
   */
  public static PathExpression compileReferencePath(String text) {
    PathExpression path = compile(text);
    if (path.simple == null) {
      throw new InvalidExpressionException(
          "'"
              + text
              + "' is not a valid reference path: it must select a single node, without"
              + " wildcards, filters, slices, unions, deep scan or functions");
    }
    return path;
  }

  private int variableEnd() {
    return switch (root) {
      case INPUT -> 1;
      case CONTEXT -> 2;
      case VARIABLE -> 1 + variable.length();
    };
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  /** Which value the path starts from. */
  public PathRoot root() {
    return root;
  }

  /** The variable name for {@link PathRoot#VARIABLE} paths, else {@code null}. */
  public String variableName() {
    return variable;
  }

  /** Whether the path selects at most one node (its result is that node, not an array). */
  public boolean isDefinite() {
    return simple != null || jayway.isDefinite();
  }

  /** Whether the path is the bare root ({@code $}, {@code $$} or {@code $name}). */
  public boolean isRoot() {
    return simple != null && simple.size() == 0;
  }

  /** The plain chain after the root, for reference paths; {@code null} for general paths. */
  SimplePath simplePath() {
    return simple;
  }

  /**
   * The value this path selects in {@code scope}, or {@code null} when it selects nothing. A path
   * that can select several nodes (wildcard, filter, slice, union, deep scan) returns an array of
   * the matches (empty when none), as Jayway JsonPath does.
   */
  public JsonNode find(EvaluationScope scope) {
    JsonNode start =
        switch (root) {
          case INPUT -> scope.input();
          case CONTEXT -> scope.context();
          case VARIABLE -> scope.variable(variable);
        };
    return findIn(start);
  }

  /** The value this path selects when its root is {@code start} (nothing when start is null). */
  public JsonNode findIn(JsonNode start) {
    if (simple != null) {
      return start == null ? null : simple.walk(start);
    }
    return start == null ? null : jayway.read(start);
  }

  /**
   * AWS's cause when an InputPath or OutputPath selects nothing, e.g. {@code Invalid path '$.x' :
   * No results for path: $['x']}. The interpreter prefixes "An error occurred while executing the
   * state 'S' (entered at the event id #N). " and raises States.Runtime.
   */
  public String noResultsCause() {
    String normalized = simple != null ? simple.normalized() : jayway.normalized();
    return "Invalid path '" + text + "' : No results for path: " + normalized;
  }

  @Override
  public String toString() {
    return text;
  }
}
