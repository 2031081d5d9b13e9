package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;

/**
 * The general case of a path (wildcards, slices, filters, deep scan, unions, functions), run by
 * Jayway JsonPath as AWS does. A compiled {@link JsonPath} is immutable and safe to share.
 */
final class JaywayPath {
  private static final Configuration CONFIGURATION =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.mapper()))
          .mappingProvider(new JacksonMappingProvider(Json.mapper()))
          .build();

  private final String original;
  private final JsonPath path;

  private JaywayPath(String original, JsonPath path) {
    this.original = original;
    this.path = path;
  }

  /**
   * Brackets and parentheses nested in one another. Jayway's filter compiler recurses once per
   * level and overflows the stack at a few thousand; real filters nest a handful.
   */
  static final int MAX_NESTING = 64;

  /** Compiles {@code $} followed by {@code rest} (the path after its root token). */
  static JaywayPath compile(String original, String rest) {
    PathSegments.Shape shape = PathSegments.shape(rest);
    if (shape.nesting() > MAX_NESTING) {
      throw new InvalidExpressionException(
          "'"
              + PathSegments.abbreviate(original)
              + "' is not a valid JSONPath: brackets and parentheses are nested more than "
              + MAX_NESTING
              + " levels deep");
    }
    // Jayway accepts some truncated paths such as "$.a[" and fails only when reading them.
    if (!shape.balanced()) {
      throw new InvalidExpressionException(
          "'" + original + "' is not a valid JSONPath: unbalanced brackets or quotes");
    }
    try {
      return new JaywayPath(original, JsonPath.compile("$" + rest));
    } catch (InvalidPathException | IllegalArgumentException e) {
      throw new InvalidExpressionException(
          "'" + original + "' is not a valid JSONPath: " + e.getMessage());
    }
  }

  boolean isDefinite() {
    return path.isDefinite();
  }

  String normalized() {
    return path.getPath();
  }

  /**
   * A definite path gives its node or {@code null}; an indefinite one the array of its matches,
   * empty when nothing matches (AWS gives {@code []} for {@code $.missing[*]}).
   */
  JsonNode read(JsonNode root) {
    try {
      Object result = path.read(root, CONFIGURATION);
      if (result == null) {
        return path.isDefinite() ? null : Json.NODES.arrayNode();
      }
      return result instanceof JsonNode node ? node : Json.mapper().valueToTree(result);
    } catch (PathNotFoundException e) {
      return path.isDefinite() ? null : Json.NODES.arrayNode();
    } catch (RuntimeException e) {
      // Jayway refuses some paths only when it meets the data, e.g. a filter applied to a
      // number ("Filter: [?] can not be applied to primitives", JsonPathException) or a function
      // after a deep scan ("Current path token is a leaf", IllegalStateException). That is the
      // path's failure on this input, as AWS reports a path that cannot be applied: States.Runtime.
      throw new StatesException(
          StatesErrors.RUNTIME,
          "Invalid path '" + PathSegments.abbreviate(original) + "' : " + e.getMessage());
    }
  }
}
