package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfnemulator.internal.error.InvalidExpressionException;
import io.github.sfnemulator.internal.json.Json;

/**
 * The general case of a path (wildcards, slices, filters, deep scan, unions, functions), run by
 * Jayway JsonPath as AWS does. A compiled {@link JsonPath} is immutable and safe to share.
 */
final class JaywayPath {
  private static final Configuration CONFIGURATION =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .build();

  private final JsonPath path;

  private JaywayPath(JsonPath path) {
    this.path = path;
  }

  /** Compiles {@code $} followed by {@code rest} (the path after its root token). */
  static JaywayPath compile(String original, String rest) {
    try {
      return new JaywayPath(JsonPath.compile("$" + rest));
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
      return result instanceof JsonNode node ? node : Json.MAPPER.valueToTree(result);
    } catch (PathNotFoundException e) {
      return path.isDefinite() ? null : Json.NODES.arrayNode();
    }
  }
}
