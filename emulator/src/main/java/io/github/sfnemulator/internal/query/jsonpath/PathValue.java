package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/** The value of a {@code "key.$": "$.path"} member. */
record PathValue(String field, PathExpression path) implements TemplateNode {

  @Override
  public JsonNode evaluate(EvaluationScope scope) {
    JsonNode value = path.find(scope);
    if (value == null) {
      throw new StatesException(StatesErrors.RUNTIME, notFoundCause(path, field, scope));
    }
    return value;
  }

  /** AWS's cause tail; see {@link PayloadTemplate} for the prefix the interpreter adds. */
  static String notFoundCause(PathExpression path, String field, EvaluationScope scope) {
    return "The JSONPath '"
        + path.text()
        + "' specified for the field '"
        + field
        + "' could not be found in the input '"
        + Json.write(scope.input())
        + "'";
  }
}
