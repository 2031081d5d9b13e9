package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.query.EvaluationScope;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * {@code States.UUID}: a version 4 UUID drawn from the execution's random source, so runs repeat.
 */
public final class StatesUuid implements IntrinsicFunction {

  @Override
  public String name() {
    return "States.UUID";
  }

  @Override
  public int minArguments() {
    return 0;
  }

  @Override
  public JsonNode apply(IntrinsicArguments args, EvaluationScope scope) {
    return Json.NODES.textNode(random(scope.random()));
  }

  /**
   * A version 4 UUID drawn from {@code random}: the emulator's generated names and ids are these.
   */
  public static String random(RandomGenerator random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }
}
