package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Decode}: the UTF-8 string that Base64 text encodes. */
final class StatesBase64Decode implements IntrinsicFunction {
  private static final int MAX_LENGTH = 10_000;

  @Override
  public String name() {
    return "States.Base64Decode";
  }

  @Override
  public int minArguments() {
    return 1;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    String data = args.string(0);
    if (data.length() > MAX_LENGTH) {
      throw args.failure("the input must be at most " + MAX_LENGTH + " characters long");
    }
    try {
      return Json.NODES.textNode(
          new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw args.failure("the input is not valid Base64: " + data);
    }
  }
}
