package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;

/** W2 {@code choice-loop.asl.json}: Init, then Check/Step until {@code i} reaches {@code limit}. */
final class ChoiceLoop implements HandWrittenWorkload {
  private static final JsonNode ONE = Json.NODES.numberNode(1);

  @Override
  public JsonNode run(String input) {
    JsonNode in = Json.parse(input);
    // Init: Parameters {i: 0, sum: 0, limit.$: $.limit}
    ObjectNode data = Json.object(3);
    data.put("i", 0);
    data.put("sum", 0);
    data.set("limit", Asl.parameter(in, "limit"));
    while (lessThan(Asl.path(data, "i"), Asl.path(data, "limit"))) {
      data = step(data);
    }
    return data; // Done: Succeed
  }

  /**
   * Check: {@code Variable $.i, NumericLessThanPath $.limit}. A value that is not a number makes
   * the rule false (the Default, Done), not an error.
   */
  private static boolean lessThan(JsonNode variable, JsonNode bound) {
    if (!variable.isNumber() || !bound.isNumber()) {
      return false;
    }
    if (variable.isIntegralNumber()
        && bound.isIntegralNumber()
        && variable.canConvertToLong()
        && bound.canConvertToLong()) {
      return variable.longValue() < bound.longValue();
    }
    return variable.decimalValue().compareTo(bound.decimalValue()) < 0;
  }

  /** Step: Parameters {i: MathAdd($.i, 1), sum: MathAdd($.sum, $.i), limit: $.limit}. */
  private static ObjectNode step(JsonNode in) {
    JsonNode i = Asl.parameter(in, "i");
    ObjectNode out = Json.object(3);
    out.set("i", Asl.mathAdd(i, ONE));
    out.set("sum", Asl.mathAdd(Asl.parameter(in, "sum"), i));
    out.set("limit", Asl.parameter(in, "limit"));
    return out;
  }
}
