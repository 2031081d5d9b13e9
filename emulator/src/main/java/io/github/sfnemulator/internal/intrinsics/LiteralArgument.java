package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * A literal argument. For string literals {@code raw} keeps the text between the quotes with its
 * escapes, which States.Format needs to tell {@code \{} from a placeholder; otherwise null.
 */
record LiteralArgument(JsonNode value, String raw) implements Argument {

  @Override
  public JsonNode evaluate(EvaluationScope scope, String field) {
    return value;
  }
}
