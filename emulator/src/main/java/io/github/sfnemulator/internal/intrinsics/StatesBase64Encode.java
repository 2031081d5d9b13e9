package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Encode}: the Base64 text of a string's UTF-8 bytes. */
final class StatesBase64Encode implements IntrinsicFunction {
  private static final int MAX_LENGTH = 10_000;

  @Override
  public String name() {
    return "States.Base64Encode";
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
    return Json.NODES.textNode(
        Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
  }
}
