package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.model.MapState;
import java.util.Arrays;
import java.util.function.IntFunction;

/** The items of a Map state and the input of each iteration (ItemSelector, ItemBatcher). */
final class MapItems {
  private MapItems() {}

  static MapItemList items(Fiber f, MapState s, JsonNode effective, StateScope scope) {
    if (s.itemReader() != null) {
      return MapItemReader.read(f, s, scope);
    }
    Field items = s.items();
    JsonNode value =
        items == null ? (s.common().isJsonata() ? f.rawInput : effective) : items.evaluate(scope);
    if (value == null && items != null) {
      throw StateErrors.noResults(items.source());
    }
    if (value instanceof ArrayNode array) {
      return MapItemList.of(array);
    }
    // JSONata Items are a typed template: it raises the type error itself.
    throw new StatesException(
        StatesErrors.QUERY_EVALUATION_ERROR,
        "Map state input must be an array but was: " + Json.write(value));
  }

  /**
   * Each iteration's input: ItemSelector applied per item, then grouped by ItemBatcher. Every item
   * is selected (and measured, for batches) before the first iteration starts, so a selector's
   * error fails the state before any iteration, as on AWS. Inline items and their selections are
   * kept; an ItemReader's are selected again as each iteration starts, so a million-row object is
   * never held as a million trees.
   */
  static MapItemList iterationInputs(Fiber f, MapState s, MapItemList items, JsonNode effective) {
    MapItemList selected = items;
    if (s.itemSelector() != null) {
      JsonNode selectorInput = s.common().isJsonata() ? f.rawInput : effective;
      IntFunction<JsonNode> select =
          i ->
              s.itemSelector()
                  .evaluate(new StateScope(f, selectorInput).withMapItem(item(i, items.get(i))));
      if (s.itemReader() == null) {
        ArrayNode values = Json.NODES.arrayNode(items.size());
        for (int i = 0; i < items.size(); i++) {
          values.add(select.apply(i));
        }
        selected = MapItemList.of(values);
      } else {
        selected = MapItemList.computed(items.size(), select);
        if (s.itemBatcher() == null) {
          for (int i = 0; i < items.size(); i++) {
            // For its errors only: the result is dropped, each iteration selects its item again.
            var unused = select.apply(i);
          }
        }
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

  private static MapItemList batches(Fiber f, MapState s, MapItemList items, JsonNode effective) {
    MapState.ItemBatcher b = s.itemBatcher();
    StateScope scope = new StateScope(f, s.common().isJsonata() ? f.rawInput : effective);
    long maxItems = IntegerFields.evaluate(b.maxItemsPerBatch(), scope, Long.MAX_VALUE);
    long maxBytes = IntegerFields.evaluate(b.maxInputBytesPerBatch(), scope, 262_144);
    JsonNode batchInput = b.batchInput() == null ? null : b.batchInput().evaluate(scope);
    int[] starts = new int[16];
    int count = 0;
    int inBatch = 0;
    long bytes = 0;
    for (int i = 0; i < items.size(); i++) {
      int size = Json.sizeInBytes(items.get(i)) + 1;
      if (inBatch > 0 && (inBatch >= maxItems || bytes + size > maxBytes)) {
        inBatch = 0;
        bytes = 0;
      }
      if (inBatch == 0) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
      inBatch++;
      bytes += size;
    }
    int[] bounds = Arrays.copyOf(starts, count);
    return new MapItemList() {
      @Override
      public int size() {
        return bounds.length;
      }

      @Override
      public JsonNode get(int batch) {
        ArrayNode batchItems = Json.NODES.arrayNode(itemCount(batch));
        for (int i = bounds[batch]; i < end(batch); i++) {
          batchItems.add(items.get(i));
        }
        return batch(batchItems, batchInput);
      }

      @Override
      public int itemCount(int batch) {
        return end(batch) - bounds[batch];
      }

      private int end(int batch) {
        return batch + 1 < bounds.length ? bounds[batch + 1] : items.size();
      }
    };
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
