package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;

/** W1 {@code pass-chain.asl.json}: S01..S10, odd states adding a scratch, even ones folding it. */
final class PassChain implements HandWrittenWorkload {
  @Override
  public JsonNode run(String input) {
    JsonNode data = Json.parse(input);
    for (int pair = 0; pair < 5; pair++) {
      data = fold(addScratch(data));
    }
    return data;
  }

  /** S01, S03, ...: Parameters {value, label} with ResultPath $.scratch. */
  private static JsonNode addScratch(JsonNode in) {
    JsonNode acc = Asl.parameter(in, "acc");
    ObjectNode scratch = Json.object(2);
    scratch.set("value", Asl.mathAdd(acc, Json.NODES.numberNode(1)));
    scratch.set(
        "label",
        Asl.format(
            "{}/{}#{}",
            Asl.parameter(in, "orderId"),
            Asl.parameter(Asl.parameter(in, "customer"), "tier"),
            acc));
    return Asl.withResult(in, "scratch", scratch);
  }

  /** S02, S04, ...: Parameters {orderId, customer, items, acc, last}, the whole output. */
  private static JsonNode fold(JsonNode in) {
    JsonNode scratch = Asl.parameter(in, "scratch");
    ObjectNode out = Json.object(5);
    out.set("orderId", Asl.parameter(in, "orderId"));
    out.set("customer", Asl.parameter(in, "customer"));
    out.set("items", Asl.parameter(in, "items"));
    out.set("acc", Asl.parameter(scratch, "value"));
    out.set("last", Asl.parameter(scratch, "label"));
    return out;
  }
}
