package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.model.MapState;

/** The items of a Map state and the input of each iteration (ItemSelector, ItemBatcher). */
final class MapItems {
  private MapItems() {}

  static ArrayNode items(Fiber f, MapState s, JsonNode effective, StateScope scope) {
    if (s.itemReader() != null) {
      return MapItemReader.read(f, s, scope);
    }
    Field items = s.items();
    JsonNode value = items == null ? (s.common().isJsonata() ? f.rawInput : effective) : items.evaluate(scope);
    if (value == null && items != null) {
      throw StateErrors.noResults(items.source());
    }
    if (value instanceof ArrayNode array) {
      return array;
    }
    // JSONata Items are a typed template: it raises the type error itself.
    throw new StatesException(
        StatesErrors.QUERY_EVALUATION_ERROR,
        "Map state input must be an array but was: " + Json.write(value));
  }

  /** Each iteration's input: ItemSelector applied per item, then grouped by ItemBatcher. */
  static ArrayNode iterationInputs(Fiber f, MapState s, ArrayNode items, JsonNode effective) {
    ArrayNode selected = items;
    if (s.itemSelector() != null) {
      selected = Json.NODES.arrayNode(items.size());
      JsonNode selectorInput = s.common().isJsonata() ? f.rawInput : effective;
      for (int i = 0; i < items.size(); i++) {
        StateScope scope = new StateScope(f, selectorInput).withMapItem(item(i, items.get(i)));
        selected.add(s.itemSelector().evaluate(scope));
      }
    }
    return s.itemBatcher() == null ? selected : batches(f, s, selected, effective);
  }

  static ObjectNode item(int index, JsonNode value) {
    ObjectNode item = Json.NODES.objectNode();
    item.put("Index", index);
    item.set("Value", value);
    return item;
  }

  private static ArrayNode batches(Fiber f, MapState s, ArrayNode items, JsonNode effective) {
    MapState.ItemBatcher b = s.itemBatcher();
    StateScope scope = new StateScope(f, s.common().isJsonata() ? f.rawInput : effective);
    long maxItems = IntegerFields.evaluate(b.maxItemsPerBatch(), scope, Long.MAX_VALUE);
    long maxBytes = IntegerFields.evaluate(b.maxInputBytesPerBatch(), scope, 262_144);
    JsonNode batchInput = b.batchInput() == null ? null : b.batchInput().evaluate(scope);
    ArrayNode batches = Json.NODES.arrayNode();
    ArrayNode current = Json.NODES.arrayNode();
    long bytes = 0;
    for (JsonNode item : items) {
      int size = Json.sizeInBytes(item) + 1;
      if (!current.isEmpty() && (current.size() >= maxItems || bytes + size > maxBytes)) {
        batches.add(batch(current, batchInput));
        current = Json.NODES.arrayNode();
        bytes = 0;
      }
      current.add(item);
      bytes += size;
    }
    if (!current.isEmpty()) {
      batches.add(batch(current, batchInput));
    }
    return batches;
  }

  private static ObjectNode batch(ArrayNode items, JsonNode batchInput) {
    ObjectNode batch = Json.NODES.objectNode();
    if (batchInput != null) {
      batch.set("BatchInput", batchInput);
    }
    batch.set("Items", items);
    return batch;
  }
}
