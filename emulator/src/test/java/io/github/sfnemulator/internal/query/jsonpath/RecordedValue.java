package io.github.sfnemulator.internal.query.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an actual value with one recorded in the conformance corpus, honouring the recorder's
 * placeholders (see the corpus README): {@code <token>} matches any text, timestamps read "date",
 * whole-string wildcards match anything.
 */
final class RecordedValue {
  private static final Set<String> WILDCARDS =
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
  private static final Pattern TOKEN = Pattern.compile("<[^<>]+>|111111111111");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[1-9]\\d{3}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-][01]\\d:?(?:[0-5]\\d)?)");

  private RecordedValue() {}

  static boolean matches(JsonNode expected, JsonNode actual) {
    if (expected.isTextual() && actual != null && actual.isTextual()) {
      return matchesText(expected.textValue(), actual.textValue());
    }
    if (expected.isTextual() && WILDCARDS.contains(expected.textValue())) {
      return true;
    }
    if (actual == null) {
      return false;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.getNodeType() != actual.getNodeType() || expected.size() != actual.size()) {
      return false;
    }
    if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        boolean timestampKey = member.getKey().toLowerCase().contains("timestamp");
        if (!timestampKey && !matches(member.getValue(), actual.get(member.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return expected.equals(actual);
  }

  static boolean matchesText(String expected, String actual) {
    if (WILDCARDS.contains(expected)) {
      return true;
    }
    StringBuilder regex = new StringBuilder();
    var matcher = TOKEN.matcher(expected);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(expected.substring(last, matcher.start())));
      regex.append(matcher.group().equals("111111111111") ? "\\d{12}" : ".+");
      last = matcher.end();
    }
    regex.append(Pattern.quote(expected.substring(last)));
    String normalized = TIMESTAMP.matcher(actual).replaceAll("date");
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(normalized).matches();
  }
}
