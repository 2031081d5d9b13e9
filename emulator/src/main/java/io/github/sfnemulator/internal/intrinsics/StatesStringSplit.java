package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;

/**
 * {@code States.StringSplit}: a string split at any of the delimiter characters, empty parts
 * dropped.
 */
final class StatesStringSplit implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.StringSplit";
  }

  @Override
  public int minArguments() {
    return 2;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    String text = args.string(0);
    String delimiters = args.string(1);
    ArrayNode parts = Json.NODES.arrayNode();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          parts.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }
}
