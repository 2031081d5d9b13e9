package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.FailState;
import io.github.sfnemulator.internal.model.Field;

/** Fail: ends the fiber with Error and Cause. */
final class FailRunner {
  private FailRunner() {}

  static void start(Fiber f, FailState s) {
    StateScope scope = new StateScope(f, f.rawInput);
    String error = text(s.error(), scope);
    String cause = text(s.cause(), scope);
    f.finishFailed(new TaskFailure(error, cause));
  }

  private static String text(Field field, StateScope scope) {
    if (field == null) {
      return null;
    }
    JsonNode v = field.evaluate(scope);
    if (v == null) {
      throw StateErrors.runtime(
          "The JSONPath '"
              + field.source()
              + "' specified for the field '"
              + field.name()
              + "' could not be found in the input '"
              + io.github.sfnemulator.internal.json.Json.write(scope.input())
              + "'");
    }
    return v.isTextual() ? v.textValue() : io.github.sfnemulator.internal.json.Json.write(v);
  }
}
