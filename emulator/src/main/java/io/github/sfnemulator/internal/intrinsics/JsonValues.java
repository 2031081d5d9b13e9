package io.github.sfnemulator.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.Iterator;
import java.util.Map;

/** Value equality and text rendering shared by several intrinsics. */
final class JsonValues {
  private JsonValues() {}

  /** Deep equality in which numbers compare by value ({@code 1} equals {@code 1.0}). */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        JsonNode other = b.get(entry.getKey());
        if (other == null || !same(entry.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * The text States.Format puts in a placeholder: strings as they are, objects and arrays the way
   * AWS prints them (Java's {@code {a=1, b=[1, 2]}}, strings inside unquoted).
   */
  static String render(JsonNode value) {
    StringBuilder out = new StringBuilder();
    render(value, out);
    return out.toString();
  }

  private static void render(JsonNode value, StringBuilder out) {
    if (value.isTextual()) {
      out.append(value.textValue());
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        render(value.get(i), out);
      }
      out.append(']');
    } else if (value.isObject()) {
      out.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        out.append(first ? "" : ", ").append(entry.getKey()).append('=');
        render(entry.getValue(), out);
        first = false;
      }
      out.append('}');
    } else {
      out.append(Json.write(value));
    }
  }
}
