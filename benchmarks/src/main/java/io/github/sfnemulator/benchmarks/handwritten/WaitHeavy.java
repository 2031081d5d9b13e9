package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;

/**
 * W6 {@code wait-heavy.asl.json}: WaitAnHour (skipped, as the workload's {@code skipWaits} says),
 * then Done (Succeed): the output is the input.
 */
final class WaitHeavy implements HandWrittenWorkload {
  @Override
  public JsonNode run(String input) {
    return Json.parse(input);
  }
}
