package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;

/**
 * W4 {@code parallel-fanout.asl.json}: Parallel Fan of 8 branches, branch k being Bk_P1, Bk_P2,
 * Bk_P3, which differ only in k. Branches run one after another: each reads the shared input and
 * builds its own objects, so their order changes nothing.
 */
final class ParallelFanout implements HandWrittenWorkload {
  private static final int BRANCHES = 8;

  @Override
  public JsonNode run(String input) {
    JsonNode in = Json.parse(input);
    ArrayNode ys = Json.NODES.arrayNode(BRANCHES);
    for (int k = 1; k <= BRANCHES; k++) {
      ys.add(p3(p2(p1(in, k), k)));
    }
    return Asl.withResult(in, "ys", ys); // ResultPath $.ys
  }

  /** Bk_P1: Parameters {branch: k, x.$: $.x}. */
  private static JsonNode p1(JsonNode in, int k) {
    ObjectNode out = Json.object(2);
    out.put("branch", k);
    out.set("x", Asl.parameter(in, "x"));
    return out;
  }

  /** Bk_P2: Parameters {branch.$: $.branch, y.$: States.MathAdd($.x, k)}. */
  private static JsonNode p2(JsonNode in, int k) {
    ObjectNode out = Json.object(2);
    out.set("branch", Asl.parameter(in, "branch"));
    out.set("y", Asl.mathAdd(Asl.parameter(in, "x"), Json.NODES.numberNode(k)));
    return out;
  }

  /** Bk_P3: OutputPath $.y. */
  private static JsonNode p3(JsonNode in) {
    return Asl.path(in, "y");
  }
}
