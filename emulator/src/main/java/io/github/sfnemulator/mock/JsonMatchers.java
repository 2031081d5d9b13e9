package io.github.sfnemulator.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfnemulator.internal.json.Json;
import java.util.Objects;
import java.util.function.Predicate;

/** The one matcher family of the mock DSL: JSON equality, JSONPath and predicates. */
final class JsonMatchers {
  private static final Configuration JSONPATH =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.mapper()))
          .mappingProvider(new JacksonMappingProvider(Json.mapper()))
          .options(Option.SUPPRESS_EXCEPTIONS)
          .build();

  private JsonMatchers() {}

  static ParametersMatcher equalTo(JsonNode expected) {
    Objects.requireNonNull(expected, "expected");
    return new ParametersMatcher() {
      @Override
      public boolean matches(JsonNode actual) {
        // Numbers compare by value: 1 equals 1.0, as in Step Functions' JSON.
        return actual != null
            && expected.equals((a, b) -> numbersEqual(a, b) ? 0 : a.equals(b) ? 0 : 1, actual);
      }

      @Override
      public String describe() {
        return "equalToJson(" + Json.write(expected) + ")";
      }
    };
  }

  private static boolean numbersEqual(JsonNode a, JsonNode b) {
    return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
  }

  /** Matches when the path selects something (a non-empty result for indefinite paths). */
  static ParametersMatcher jsonPath(String path, ParametersMatcher valueMatcher) {
    JsonPath compiled;
    try {
      compiled = JsonPath.compile(path);
    } catch (InvalidPathException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + path + "' is not a valid JSONPath: " + e.getMessage(), e);
    }
    return new ParametersMatcher() {
      @Override
      public boolean matches(JsonNode actual) {
        if (actual == null) {
          return false;
        }
        JsonNode found = compiled.read(actual, JSONPATH);
        if (found == null || found.isMissingNode() || (!compiled.isDefinite() && found.isEmpty())) {
          return false;
        }
        return valueMatcher == null || valueMatcher.matches(found);
      }

      @Override
      public String describe() {
        return "matchingJsonPath("
            + path
            + (valueMatcher == null ? "" : ", " + valueMatcher.describe())
            + ")";
      }
    };
  }

  static ParametersMatcher predicate(Predicate<JsonNode> predicate, String description) {
    Objects.requireNonNull(predicate, "predicate");
    return new ParametersMatcher() {
      @Override
      public boolean matches(JsonNode actual) {
        return predicate.test(actual);
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }
}
