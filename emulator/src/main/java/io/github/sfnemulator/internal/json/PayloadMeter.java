package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a series of payloads (one fiber's state inputs and outputs) against the size limit,
 * remembering the last tree found within it and the size bounds of its object or array members. A
 * state's output is usually the next state's input, and it usually shares most members with its own
 * input: paths select nodes without copying them and ResultPath copies only the path it writes.
 * Trees are immutable, so a member seen before need not be walked again. Not thread-safe.
 */
public final class PayloadMeter {
  private static final int REMEMBERED = 8;

  private JsonNode last;
  private JsonNode[] members;
  private long[] bounds;
  private int count;
  private JsonNode[] nextMembers;
  private long[] nextBounds;
  private int nextCount;

  /** Records {@code node} as found within the limit elsewhere. */
  public void accept(JsonNode node) {
    last = node;
    count = 0;
  }

  /** Same answer as {@link Payloads#exceedsLimit}. */
  public boolean exceedsLimit(JsonNode node) {
    if (node == last) {
      return false;
    }
    nextCount = 0;
    long bound =
        node instanceof ObjectNode
            ? objectBound(node)
            : Payloads.upperBound(node, Payloads.MAX_BYTES);
    if (bound > Payloads.MAX_BYTES) {
      if (Json.sizeInBytes(node) > Payloads.MAX_BYTES) {
        return true;
      }
      accept(node);
      return false;
    }
    last = node;
    JsonNode[] m = members;
    long[] b = bounds;
    members = nextMembers;
    bounds = nextBounds;
    count = nextCount;
    nextMembers = m;
    nextBounds = b;
    return false;
  }

  private long objectBound(JsonNode node) {
    long size = 2;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode value = e.getValue();
      long bound;
      if (value.isContainerNode()) {
        bound = remembered(value);
        if (bound < 0) {
          bound = Payloads.upperBound(value, Payloads.MAX_BYTES);
        }
        remember(value, bound);
      } else {
        bound = Payloads.upperBound(value, Payloads.MAX_BYTES);
      }
      size += 4 + 6L * e.getKey().length() + bound;
      if (size > Payloads.MAX_BYTES) {
        return size;
      }
    }
    return size;
  }

  private long remembered(JsonNode member) {
    for (int i = 0; i < count; i++) {
      if (members[i] == member) {
        return bounds[i];
      }
    }
    return -1;
  }

  private void remember(JsonNode member, long bound) {
    if (nextMembers == null) {
      nextMembers = new JsonNode[REMEMBERED];
      nextBounds = new long[REMEMBERED];
    }
    if (nextCount < REMEMBERED) {
      nextMembers[nextCount] = member;
      nextBounds[nextCount] = bound;
      nextCount++;
    }
  }
}
