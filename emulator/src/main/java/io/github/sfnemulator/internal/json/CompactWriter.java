package io.github.sfnemulator.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes compact JSON text for the node types interpretation produces, character for character as
 * Jackson's default generator does, without its per-call set-up (generator, serializer provider,
 * buffer recycling): history events write a state's input and output on every transition. Numbers
 * come out as the generator writes them (a big decimal by {@code toString}, a double or float as
 * Java prints it). Trees with a node it does not write (NaN and infinities, which Jackson quotes;
 * binary; POJO) are left to Jackson.
 */
final class CompactWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Per ASCII char: 0 written as is, -1 as \\u00XX, else the char after the backslash. */
  private static final int[] ESCAPES = new int[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  /** Large enough for most payloads; a builder grown past the limit is not kept. */
  private static final int KEPT_CAPACITY = 16_384;

  private static final ThreadLocal<StringBuilder> BUFFER =
      ThreadLocal.withInitial(() -> new StringBuilder(1024));

  private CompactWriter() {}

  /** The compact text of {@code node}, or null when it holds a node type left to Jackson. */
  static String write(JsonNode node) {
    StringBuilder out = BUFFER.get();
    out.setLength(0);
    String text = append(node, out) ? out.toString() : null;
    if (out.capacity() > KEPT_CAPACITY) {
      BUFFER.set(new StringBuilder(1024));
    }
    return text;
  }

  private static boolean append(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!first) {
            out.append(',');
          }
          first = false;
          string(e.getKey(), out);
          out.append(':');
          if (!append(e.getValue(), out)) {
            return false;
          }
        }
        out.append('}');
        return true;
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0, n = node.size(); i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          if (!append(node.get(i), out)) {
            return false;
          }
        }
        out.append(']');
        return true;
      }
      case STRING -> {
        string(node.textValue(), out);
        return true;
      }
      case BOOLEAN -> {
        out.append(node.booleanValue());
        return true;
      }
      case NULL -> {
        out.append("null");
        return true;
      }
      case NUMBER -> {
        return number(node, out);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean number(JsonNode node, StringBuilder out) {
    switch (node.numberType()) {
      case INT -> out.append(node.intValue());
      case LONG -> out.append(node.longValue());
      case BIG_INTEGER -> out.append(node.bigIntegerValue());
      case BIG_DECIMAL -> out.append(node.decimalValue().toString());
      case DOUBLE -> {
        double d = node.doubleValue();
        if (!Double.isFinite(d)) {
          return false;
        }
        out.append(Double.toString(d));
      }
      case FLOAT -> {
        float f = node.floatValue();
        if (!Float.isFinite(f)) {
          return false;
        }
        out.append(Float.toString(f));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    int start = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 128 && ESCAPES[c] != 0) {
        out.append(s, start, i).append('\\');
        int esc = ESCAPES[c];
        if (esc > 0) {
          out.append((char) esc);
        } else {
          out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
        start = i + 1;
      }
    }
    out.append(s, start, s.length()).append('"');
  }
}
