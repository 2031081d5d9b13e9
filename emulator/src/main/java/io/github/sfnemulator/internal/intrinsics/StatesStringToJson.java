package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.io.UncheckedIOException;

/** {@code States.StringToJson}: the JSON value a string holds; blank text gives null. */
final class StatesStringToJson implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.StringToJson";
  }

  @Override
  public int minArguments() {
    return 1;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    String text = args.string(0);
    if (text.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      return Json.parse(text);
    } catch (UncheckedIOException e) {
      throw args.failure("the input is not valid JSON: " + text);
    }
  }
}
