package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a payload exceeds AWS's size limit, without writing it when it clearly does not: a walk
 * sums an upper bound of its JSON text's UTF-8 size (every character taken at its longest escape),
 * and only a tree whose bound passes the limit is written and measured.
 */
public final class Payloads {
  /** AWS's limit on a payload (input, output, result, variables): 256 KiB. */
  public static final int MAX_BYTES = 262_144;

  private Payloads() {}

  /** Whether {@code node}'s compact JSON text is longer than {@link #MAX_BYTES} in UTF-8. */
  public static boolean exceedsLimit(JsonNode node) {
    return upperBound(node, MAX_BYTES) > MAX_BYTES && Json.sizeInBytes(node) > MAX_BYTES;
  }

  /**
   * An upper bound of the size, or a number above {@code stop} once the bound passes it. Runs on
   * every state's input and output, so it tests node classes instead of asking for node types.
   */
  static long upperBound(JsonNode node, long stop) {
    if (node instanceof ObjectNode) {
      long size = 2;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        size += 4 + 6L * e.getKey().length() + upperBound(e.getValue(), stop);
        if (size > stop) {
          return size;
        }
      }
      return size;
    }
    if (node instanceof ArrayNode) {
      long size = 2;
      for (int i = 0, n = node.size(); i < n; i++) {
        size += 1 + upperBound(node.get(i), stop);
        if (size > stop) {
          return size;
        }
      }
      return size;
    }
    if (node instanceof TextNode) {
      return 2 + 6L * node.textValue().length();
    }
    if (node instanceof DecimalNode || node instanceof BigIntegerNode) {
      return node.asText().length() + 1;
    }
    if (node instanceof NumericNode) {
      return 24;
    }
    if (node instanceof BooleanNode || node instanceof NullNode || node instanceof MissingNode) {
      return 5;
    }
    return Json.sizeInBytes(node);
  }
}
