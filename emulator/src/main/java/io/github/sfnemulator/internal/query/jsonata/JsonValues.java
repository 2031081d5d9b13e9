package io.github.sfnemulator.internal.query.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnemulator.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values jsonata-java works on.
 *
 * <p>Objects and arrays go in as read-only views (no copy) and a view that comes back out unchanged
 * returns its original tree. Numbers follow JSONata, which has one number type: integral values
 * become {@code Integer}/{@code Long}, others {@code Double}, so {@code 1} stays {@code 1} and
 * {@code 1.5} stays {@code 1.5} in the output.
 */
final class JsonValues {
  /** Double values at or beyond this magnitude are written in exponent form, as JavaScript does. */
  private static final double EXACT_INTEGER_LIMIT = 1e21;

  private JsonValues() {}

  /** The Java value for {@code node}; JSON null becomes {@link Jsonata#NULL_VALUE}. */
  static Object toJava(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> new JsonObjectView((ObjectNode) node);
      case ARRAY -> new JsonArrayView((ArrayNode) node);
      case STRING -> node.textValue();
      case BOOLEAN -> node.booleanValue();
      case NUMBER -> toJavaNumber(node);
      case NULL, MISSING -> Jsonata.NULL_VALUE;
      default -> node.asText();
    };
  }

  private static Number toJavaNumber(JsonNode node) {
    if (node.isInt()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return narrow(node.longValue());
    }
    if (node.isBigInteger()) {
      BigInteger value = node.bigIntegerValue();
      return value.bitLength() < 64 ? narrow(value.longValue()) : value.doubleValue();
    }
    return fromDouble(node.doubleValue());
  }

  private static Number narrow(long value) {
    return value == (int) value ? (Number) (int) value : (Number) value;
  }

  private static Number fromDouble(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 9.2e18) {
      return narrow((long) value);
    }
    return value;
  }

  /**
   * The JSON tree for a JSONata result. Callers check {@link #isSupported} first; Java {@code null}
   * inside a structure is JSON null (the library has already dropped undefined members).
   */
  static JsonNode toJson(Object value) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return NullNode.getInstance();
    }
    if (value instanceof JsonObjectView view) {
      return view.node();
    }
    if (value instanceof JsonArrayView view) {
      return view.node();
    }
    if (value instanceof String text) {
      return Json.NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return Json.NODES.booleanNode(bool);
    }
    if (value instanceof Number number) {
      return toJsonNumber(number);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = Json.NODES.objectNode();
      map.forEach((key, member) -> object.set(String.valueOf(key), toJson(member)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = Json.NODES.arrayNode(list.size());
      list.forEach(element -> array.add(toJson(element)));
      return array;
    }
    throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
  }

  private static JsonNode toJsonNumber(Number number) {
    if (number instanceof Integer value) {
      return Json.NODES.numberNode(value);
    }
    if (number instanceof Long value) {
      return Json.NODES.numberNode(value);
    }
    if (number instanceof BigDecimal value) {
      return Json.NODES.numberNode(value);
    }
    if (number instanceof BigInteger value) {
      return Json.NODES.numberNode(value);
    }
    double value = number.doubleValue();
    if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
      return Math.abs(value) < 9.2e18
          ? Json.NODES.numberNode((long) value)
          : Json.NODES.numberNode(BigDecimal.valueOf(value).toBigInteger());
    }
    return Json.NODES.numberNode(value);
  }

  /**
   * Whether {@code value} is something JSON can hold: functions, regular expressions and other
   * library objects are not, at any depth.
   */
  static boolean isSupported(Object value) {
    if (value == null
        || value == Jsonata.NULL_VALUE
        || value instanceof JsonObjectView
        || value instanceof JsonArrayView
        || value instanceof String
        || value instanceof Boolean) {
      return true;
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return !Double.isNaN(d) && !Double.isInfinite(d);
    }
    if (value instanceof Map<?, ?> map) {
      for (Object member : map.values()) {
        if (!isSupported(member)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (!isSupported(element)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
