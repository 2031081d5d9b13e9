package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.function.IntFunction;

/**
 * The items of a Map state, or its iterations' inputs, read one at a time. An ItemReader's object
 * may hold a million rows: its items stay text with their offsets and become JSON only when an
 * iteration starts, so a run's memory does not grow with the size of its object.
 */
interface MapItemList {
  int size();

  JsonNode get(int index);

  static MapItemList of(ArrayNode array) {
    return new MapItemList() {
      @Override
      public int size() {
        return array.size();
      }

      @Override
      public JsonNode get(int index) {
        return array.get(index);
      }
    };
  }

  static MapItemList computed(int size, IntFunction<JsonNode> item) {
    return new MapItemList() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public JsonNode get(int index) {
        return item.apply(index);
      }
    };
  }

  /** The first {@code max} items (the ItemReader's MaxItems). */
  default MapItemList limit(long max) {
    return max >= size() ? this : computed((int) max, this::get);
  }
}
