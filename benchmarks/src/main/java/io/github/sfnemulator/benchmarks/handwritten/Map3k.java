package io.github.sfnemulator.benchmarks.handwritten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.json.Json;

/** W3 {@code map-3k.asl.json}: inline Map Fan over {@code $.items}, then Summarize. */
final class Map3k implements HandWrittenWorkload {
  @Override
  public JsonNode run(String input) {
    JsonNode in = Json.parse(input);
    // Fan: ItemsPath $.items; each item (no ItemSelector) through Double and Pick.
    JsonNode items = Asl.path(in, "items");
    if (!items.isArray()) {
      throw new StatesFailure(
          StatesErrors.RUNTIME, "The Map's ItemsPath '$.items' is not an array: " + items);
    }
    ArrayNode results = Json.NODES.arrayNode(items.size());
    for (JsonNode item : items) {
      results.add(pick(doubled(item)));
    }
    return summarize(Asl.withResult(in, "results", results)); // ResultPath $.results
  }

  /** Double: Parameters {id.$: $.id, d.$: States.MathAdd($.id, $.id)}. */
  private static JsonNode doubled(JsonNode item) {
    JsonNode id = Asl.parameter(item, "id");
    ObjectNode out = Json.object(2);
    out.set("id", id);
    out.set("d", Asl.mathAdd(id, id));
    return out;
  }

  /** Pick: OutputPath $.d. */
  private static JsonNode pick(JsonNode in) {
    return Asl.path(in, "d");
  }

  /** Summarize: Parameters {count.$: States.ArrayLength($.results), last.$: $.results[2999]}. */
  private static JsonNode summarize(JsonNode in) {
    JsonNode results = Asl.parameter(in, "results");
    JsonNode last = results.get(2999);
    if (last == null) {
      throw new StatesFailure(
          StatesErrors.PARAMETER_PATH_FAILURE,
          "The JSONPath '$.results[2999]' could not be found: " + results.size() + " results");
    }
    ObjectNode out = Json.object(2);
    out.put("count", results.size());
    out.set("last", last);
    return out;
  }
}
