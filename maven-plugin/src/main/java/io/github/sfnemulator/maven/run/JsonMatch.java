package io.github.sfnemulator.maven.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON comparisons for expectations: whole (equal) or partial (contains), numbers by value so 1,
 * 1.0 and 1e0 are equal; a mismatch is described by its first differing JSON path.
 */
final class JsonMatch {
  private JsonMatch() {}

  static boolean equal(JsonNode expected, JsonNode actual) {
    return firstDifference(expected, actual, false) == null;
  }

  /**
   * Whether {@code actual} contains {@code expected}: objects may have more fields, arrays must
   * have as many elements and each must contain the expected one, other values are equal.
   */
  static boolean contains(JsonNode expected, JsonNode actual) {
    return firstDifference(expected, actual, true) == null;
  }

  /**
   * The first difference, in document order, as {@code $.path: what differs}; null when {@code
   * actual} equals {@code expected} (or, when {@code subset}, contains it).
   */
  static String firstDifference(JsonNode expected, JsonNode actual, boolean subset) {
    return difference("$", expected, actual, subset);
  }

  private static String difference(
      String path, JsonNode expected, JsonNode actual, boolean subset) {
    if (actual == null || actual.isMissingNode()) {
      return path + ": missing, expected " + expected;
    }
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String d =
            difference(
                path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), subset);
        if (d != null) {
          return d;
        }
      }
      if (!subset) {
        for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (!expected.has(name)) {
            return path + "." + name + ": not expected, was " + actual.get(name);
          }
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return path
            + ": expected "
            + expected.size()
            + " elements but was "
            + actual.size()
            + ": "
            + actual;
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = difference(path + "[" + i + "]", expected.get(i), actual.get(i), subset);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    boolean same =
        expected.isNumber() && actual.isNumber()
            ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
            : expected.equals(actual);
    return same ? null : path + ": expected " + expected + " but was " + actual;
  }
}
