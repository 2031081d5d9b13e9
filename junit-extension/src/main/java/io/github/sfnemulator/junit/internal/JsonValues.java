package io.github.sfnemulator.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** JSON parsing, comparison by value, canonical text and JSONPath reads for the assertions. */
public final class JsonValues {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Configuration PATHS =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(MAPPER))
          .mappingProvider(new JacksonMappingProvider(MAPPER))
          .build();

  /** Numbers compare by value (1 equals 1.0); everything else as Jackson compares it. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonValues() {}

  /**
   * @throws IllegalArgumentException when {@code json} is not JSON text
   */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Not JSON text: " + json + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** JSON equality regardless of key order, numbers by value; null equals only null. */
  public static boolean equal(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.equals(BY_VALUE, b);
  }

  /** Indented text with object keys sorted, so two values diff line by line. */
  public static String canonical(JsonNode node) {
    if (node == null) {
      return "null";
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }

  /**
   * The value at a JSONPath ({@code $.order.items[0]}); a path with wildcards or filters gives an
   * array of the matches.
   *
   * @return null when the path matches nothing
   */
  public static JsonNode read(JsonNode node, String path) {
    try {
      return JsonPath.using(PATHS).parse(node).read(path);
    } catch (com.jayway.jsonpath.PathNotFoundException e) {
      return null;
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      names.forEach(n -> out.set(n, sorted(node.get(n))));
      return out;
    }
    if (node.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> out.add(sorted(e)));
      return out;
    }
    return node;
  }
}
