package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/** JSON comparisons for expectations: numbers compare by value, so 1, 1.0 and 1e0 are equal. */
final class JsonMatch {
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonMatch() {}

  static boolean equal(JsonNode expected, JsonNode actual) {
    return actual != null && expected.equals(NUMBERS_BY_VALUE, actual);
  }

  /**
   * Whether {@code actual} contains {@code expected}: objects may have more fields, arrays must
   * have as many elements and each must contain the expected one, other values are equal.
   */
  static boolean contains(JsonNode expected, JsonNode actual) {
    if (actual == null) {
      return false;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!contains(field.getValue(), actual.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!contains(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    return equal(expected, actual);
  }
}
