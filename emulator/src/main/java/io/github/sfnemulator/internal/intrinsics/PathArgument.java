package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;

/** A path argument ({@code $.x}, {@code $$.Execution.Id}, {@code $var}). */
record PathArgument(PathExpression path) implements Argument {

  @Override
  public JsonNode evaluate(EvaluationScope scope, String field) {
    JsonNode value = path.find(scope);
    if (value == null) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The JSONPath '"
              + path.text()
              + "' specified for the field '"
              + field
              + "' could not be found in the input '"
              + Json.write(scope.input())
              + "'");
    }
    return value;
  }
}
