package io.github.sfnemulator.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.mock.TaskResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responses of one mocked Task state, by invocation index: an array (entry n for invocation n,
 * the last entry repeating) or an object keyed {@code "N"} or {@code "N-M"}, where an index no key
 * covers gets the response of the key reaching furthest.
 */
final class MockResponses {
  private static final Pattern KEY = Pattern.compile("(\\d+)(?:-(\\d+))?");

  private record Range(int from, int to, TaskResponse response) {}

  private final List<Range> ranges = new ArrayList<>();
  private final TaskResponse fallback;

  MockResponses(String stateName, JsonNode spec) {
    if (spec.isArray()) {
      if (spec.isEmpty()) {
        throw new IllegalArgumentException("The mock of '" + stateName + "' is an empty array.");
      }
      for (int i = 0; i < spec.size(); i++) {
        ranges.add(new Range(i, i, response(stateName, spec.get(i))));
      }
    } else if (spec.isObject() && !spec.isEmpty()) {
      spec.fields()
          .forEachRemaining(
              e -> {
                Matcher m = KEY.matcher(e.getKey());
                if (!m.matches()) {
                  throw new IllegalArgumentException(
                      "The mock of '"
                          + stateName
                          + "' has key '"
                          + e.getKey()
                          + "'; use \"N\" or \"N-M\".");
                }
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                ranges.add(new Range(from, to, response(stateName, e.getValue())));
              });
    } else {
      throw new IllegalArgumentException(
          "The mock of '" + stateName + "' must be a non-empty array or object.");
    }
    Range furthest = ranges.get(0);
    for (Range r : ranges) {
      if (r.to() > furthest.to()) {
        furthest = r;
      }
    }
    this.fallback = furthest.response();
  }

  TaskResponse forInvocation(int invocation) {
    for (Range r : ranges) {
      if (invocation >= r.from() && invocation <= r.to()) {
        return r.response();
      }
    }
    return fallback;
  }

  private static TaskResponse response(String stateName, JsonNode r) {
    if (r.has("Throw")) {
      JsonNode t = r.get("Throw");
      return TaskResponse.throwing(
          t.hasNonNull("Error") ? t.get("Error").asText() : "Error",
          t.hasNonNull("Cause") ? t.get("Cause").asText() : "");
    }
    if (r.has("Return")) {
      return TaskResponse.returning(r.get("Return"));
    }
    throw new IllegalArgumentException(
        "A mock response of '" + stateName + "' has neither \"Return\" nor \"Throw\": " + r);
  }
}
