package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads plain JSON text (objects, arrays, strings, integers, booleans, null) straight into a tree,
 * for the small inputs that every execution parses: Jackson's mapper sets up a parser and a
 * deserialization context per call, which costs more than the text itself, most of all before the
 * JIT compiles it.
 *
 * <p>It declines (returns null) whatever it does not read exactly as {@link Json#mapper()} does:
 * invalid text, decimals and exponents, integers beyond 18 digits, duplicate keys, deep nesting,
 * long strings, or anything after the value. The caller then asks Jackson, which stays the
 * authority on every such case and on the error messages.
 */
final class PlainJsonReader {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_STRING = 10_000;
  private static final int MAX_DIGITS = 18;

  private final String text;
  private int pos;

  private PlainJsonReader(String text) {
    this.text = text;
  }

  /** The tree of {@code text}, or null to let Jackson read it. */
  static JsonNode read(String text) {
    PlainJsonReader r = new PlainJsonReader(text);
    JsonNode value = r.value(0);
    return value != null && r.skipSpace() == text.length() ? value : null;
  }

  private JsonNode value(int depth) {
    if (skipSpace() >= text.length()) {
      return null;
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return depth < MAX_DEPTH ? object(depth + 1) : null;
      case '[':
        return depth < MAX_DEPTH ? array(depth + 1) : null;
      case '"':
        {
          String s = string();
          return s == null ? null : Json.NODES.textNode(s);
        }
      case 't':
        return literal("true") ? Json.NODES.booleanNode(true) : null;
      case 'f':
        return literal("false") ? Json.NODES.booleanNode(false) : null;
      case 'n':
        return literal("null") ? Json.NODES.nullNode() : null;
      default:
        return c == '-' || (c >= '0' && c <= '9') ? integer() : null;
    }
  }

  private JsonNode object(int depth) {
    ObjectNode node = Json.NODES.objectNode();
    pos++;
    if (skipSpace() < text.length() && text.charAt(pos) == '}') {
      pos++;
      return node;
    }
    while (true) {
      if (skipSpace() >= text.length() || text.charAt(pos) != '"') {
        return null;
      }
      String key = string();
      if (key == null || skipSpace() >= text.length() || text.charAt(pos) != ':') {
        return null;
      }
      pos++;
      JsonNode value = value(depth);
      if (value == null || node.replace(key, value) != null) {
        return null;
      }
      if (skipSpace() >= text.length()) {
        return null;
      }
      char c = text.charAt(pos++);
      if (c == '}') {
        return node;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  private JsonNode array(int depth) {
    ArrayNode node = Json.NODES.arrayNode();
    pos++;
    if (skipSpace() < text.length() && text.charAt(pos) == ']') {
      pos++;
      return node;
    }
    while (true) {
      JsonNode value = value(depth);
      if (value == null) {
        return null;
      }
      node.add(value);
      if (skipSpace() >= text.length()) {
        return null;
      }
      char c = text.charAt(pos++);
      if (c == ']') {
        return node;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  /** The string starting at the opening quote at {@code pos}, or null. */
  private String string() {
    int start = ++pos;
    StringBuilder escaped = null;
    while (pos < text.length() && pos - start <= MAX_STRING) {
      char c = text.charAt(pos);
      if (c == '"') {
        String s = escaped == null ? text.substring(start, pos) : escaped.toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        if (escaped != null) {
          escaped.append(c);
        }
        pos++;
        continue;
      }
      if (escaped == null) {
        escaped = new StringBuilder().append(text, start, pos);
      }
      if (pos + 1 >= text.length()) {
        return null;
      }
      char e = text.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case '"', '\\', '/' -> escaped.append(e);
        case 'b' -> escaped.append('\b');
        case 'f' -> escaped.append('\f');
        case 'n' -> escaped.append('\n');
        case 'r' -> escaped.append('\r');
        case 't' -> escaped.append('\t');
        case 'u' -> {
          int code = hex4();
          if (code < 0) {
            return null;
          }
          escaped.append((char) code);
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private int hex4() {
    if (pos + 4 > text.length()) {
      return -1;
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      char c = text.charAt(pos + i);
      int d =
          c >= '0' && c <= '9'
              ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) {
        return -1;
      }
      code = code * 16 + d;
    }
    pos += 4;
    return code;
  }

  private JsonNode integer() {
    boolean negative = text.charAt(pos) == '-';
    int start = negative ? pos + 1 : pos;
    int end = start;
    long value = 0;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      value = value * 10 + (text.charAt(end) - '0');
      end++;
    }
    int digits = end - start;
    if (digits == 0 || digits > MAX_DIGITS || (digits > 1 && text.charAt(start) == '0')) {
      return null;
    }
    if (end < text.length() && !isDelimiter(text.charAt(end))) {
      return null; // a fraction, an exponent or garbage
    }
    pos = end;
    long signed = negative ? -value : value;
    return signed == (int) signed
        ? Json.NODES.numberNode((int) signed)
        : Json.NODES.numberNode(signed);
  }

  private boolean literal(String word) {
    int end = pos + word.length();
    if (!text.startsWith(word, pos) || (end < text.length() && !isDelimiter(text.charAt(end)))) {
      return false;
    }
    pos = end;
    return true;
  }

  private static boolean isDelimiter(char c) {
    return c == ',' || c == '}' || c == ']' || isSpace(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /** Moves past whitespace; returns the new position. */
  private int skipSpace() {
    while (pos < text.length() && isSpace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }
}
