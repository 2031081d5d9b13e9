package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
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

  /** An upper bound of the size, or a number above {@code stop} once the bound passes it. */
  static long upperBound(JsonNode node, long stop) {
    switch (node.getNodeType()) {
      case STRING:
        return 2 + 6L * node.textValue().length();
      case NUMBER:
        return node.isBigDecimal() || node.isBigInteger() ? node.asText().length() + 1 : 24;
      case BOOLEAN:
      case NULL:
      case MISSING:
        return 5;
      case ARRAY:
        {
          long size = 2;
          for (JsonNode element : node) {
            size += 1 + upperBound(element, stop);
            if (size > stop) {
              return size;
            }
          }
          return size;
        }
      case OBJECT:
        {
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
      default:
        return Json.sizeInBytes(node);
    }
  }
}
