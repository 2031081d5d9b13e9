package io.github.sfnemulator.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** Random JSON documents and a tree comparison that also checks node classes and key order. */
final class JsonSamples {
  private JsonSamples() {}

  /** A random document of plain values (integers of up to 19 digits, a few decimals). */
  static String randomJson(Random r, int depth) {
    return randomJson(r, depth, false);
  }

  /** With {@code numbers}, also decimals, exponents and integers too big for a long. */
  static String randomJson(Random r, int depth, boolean numbers) {
    int kind = depth > 4 ? 2 + r.nextInt(4) : r.nextInt(6);
    switch (kind) {
      case 0:
        {
          List<String> fields = new ArrayList<>();
          for (int i = r.nextInt(4); i > 0; i--) {
            fields.add(
                randomString(r)
                    + (r.nextBoolean() ? ":" : " : ")
                    + randomJson(r, depth + 1, numbers));
          }
          return "{" + String.join(",", fields) + "}";
        }
      case 1:
        {
          List<String> items = new ArrayList<>();
          for (int i = r.nextInt(4); i > 0; i--) {
            items.add(randomJson(r, depth + 1, numbers));
          }
          return "[" + String.join(r.nextBoolean() ? "," : " ,\n", items) + "]";
        }
      case 2:
        return randomString(r);
      case 3:
        {
          long magnitude = (long) Math.pow(10, r.nextInt(20));
          return Long.toString(
              r.nextBoolean()
                  ? -r.nextLong(Math.max(magnitude, 1))
                  : r.nextLong(Math.max(magnitude, 1)));
        }
      case 4:
        return numbers
            ? new String[] {
                  "1.5",
                  "-0",
                  "2e2",
                  "-0.0",
                  "1.50",
                  "1E+3",
                  "12345678901234567890",
                  "-98765432109876543210.000",
                  "3.14159265358979323846264338327950288",
                  "1e-7",
                  "0.1"
                }
                [r.nextInt(11)]
            : new String[] {"true", "false", "null", "1.5", "-0", "2e2"}[r.nextInt(6)];
      default:
        return Long.toString(r.nextInt());
    }
  }

  private static String randomString(Random r) {
    String[] parts = {
      "a", "é", "😀", "\\n", "\\\"", "\\u00e9", "\\/", " ", "k", "\\\\", "\\uD83D\\uDE00"
    };
    StringBuilder b = new StringBuilder("\"");
    for (int i = r.nextInt(5); i > 0; i--) {
      b.append(parts[r.nextInt(parts.length)]);
    }
    return b.append('"').toString();
  }

  static void assertSameTree(JsonNode actual, JsonNode expected) {
    assertThat(actual.getClass()).isEqualTo(expected.getClass());
    assertThat(actual).isEqualTo(expected);
    if (expected.isObject()) {
      assertThat(names(actual.fieldNames())).isEqualTo(names(expected.fieldNames()));
      expected.fields().forEachRemaining(e -> assertSameTree(actual.get(e.getKey()), e.getValue()));
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(actual.get(i), expected.get(i));
      }
    }
  }

  private static List<String> names(Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
