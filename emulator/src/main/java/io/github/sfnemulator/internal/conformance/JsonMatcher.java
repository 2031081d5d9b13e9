package io.github.sfnemulator.internal.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an actual JSON value with a recorded one as {@code conformance/README.md} says:
 * placeholders ({@code <name>}) match any text, timestamps are normalised to {@code date}, keys
 * naming a timestamp match anything, and masked whole values match any value.
 */
final class JsonMatcher {
  static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?:[1-9]\\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-][01]\\d:?([0-5]\\d)?)");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("<[A-Za-z_][A-Za-z0-9_\\-]*(?::\\d+)?>");
  private static final Set<String> ANY_VALUE =
      Set.of(
          "snf_role_arn",
          "sfn_role_arn",
          "date",
          "timestamp",
          "RequestId",
          "X-Amzn-Trace-Id",
          "x-amz-crc32",
          "x-amzn-RequestId",
          "x-amzn-requestid");

  private final Set<String> masked;

  JsonMatcher(List<String> maskedValues) {
    this.masked = Set.copyOf(maskedValues);
  }

  /** The first difference as "at PATH: expected X but was Y", or null when they match. */
  String difference(JsonNode expected, JsonNode actual, String at) {
    if (expected.isTextual()
        && (ANY_VALUE.contains(expected.textValue()) || masked.contains(expected.textValue()))) {
      return null;
    }
    if (actual == null || actual.isMissingNode()) {
      return at(at) + "expected " + Json.write(expected) + " but was absent";
    }
    if (expected.isTextual() && actual.isTextual()) {
      return text(expected.textValue(), actual.textValue()) ? null : mismatch(at, expected, actual);
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? null
          : mismatch(at, expected, actual);
    }
    if (expected.isObject() && actual.isObject()) {
      if (expected.size() != actual.size()) {
        return at(at) + "expected keys " + keys(expected) + " but were " + keys(actual);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode a = actual.get(e.getKey());
        if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains("timestamp") && a != null) {
          continue;
        }
        String d = difference(e.getValue(), a, at + "/" + e.getKey());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return at(at)
            + "expected "
            + expected.size()
            + " elements but was "
            + actual.size()
            + ": "
            + Json.write(actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = difference(expected.get(i), actual.get(i), at + "/" + i);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : mismatch(at, expected, actual);
  }

  /** Whether an actual string matches an expected one with placeholders and dates. */
  boolean text(String expected, String actual) {
    String normalized = TIMESTAMP.matcher(actual).replaceAll("date");
    if (expected.equals(normalized) || expected.equals(actual)) {
      return true;
    }
    if (ANY_VALUE.contains(expected) || masked.contains(expected)) {
      return true;
    }
    if (expected.indexOf('<') < 0 && !expected.contains("111111111111")) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    var m = PLACEHOLDER.matcher(expected);
    int last = 0;
    while (m.find()) {
      regex.append(quoteAccount(expected.substring(last, m.start()))).append(".+?");
      last = m.end();
    }
    regex.append(quoteAccount(expected.substring(last)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalized).matches();
  }

  private static String quoteAccount(String literal) {
    String[] parts = literal.split("111111111111", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append("\\d{12}");
      }
      if (!parts[i].isEmpty()) {
        sb.append(Pattern.quote(parts[i]));
      }
    }
    return sb.toString();
  }

  private static String keys(JsonNode node) {
    java.util.List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    java.util.Collections.sort(out);
    return out.toString();
  }

  private static String at(String at) {
    return at.isEmpty() ? "" : "at " + at + ": ";
  }

  private static String mismatch(String at, JsonNode expected, JsonNode actual) {
    return at(at) + "expected " + Json.write(expected) + " but was " + Json.write(actual);
  }
}
