package io.github.sfnemulator.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.Execution;
import io.github.sfnemulator.internal.json.Json;
import java.util.Comparator;

/** Checks an execution against a workload's {@code expect}: status, and output by JSON value. */
public final class Expectation {
  /** Numbers compare by value, so {@code 5}, {@code 5.0} and a long 5 are equal, as in JSON. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private Expectation() {}

  /** A sentence saying how the execution differs from the expectation, or null when it matches. */
  public static String mismatch(Workload workload, Execution execution) {
    String status = execution.status().name();
    if (workload.expectStatus() != null && !workload.expectStatus().equals(status)) {
      String error =
          execution.error() == null
              ? ""
              : " (" + execution.error() + ": " + execution.cause() + ")";
      return "expected status " + workload.expectStatus() + " but it ended " + status + error;
    }
    JsonNode expected = workload.expectOutput();
    if (expected != null && !sameValue(expected, execution.outputJson())) {
      return "expected output "
          + abbreviate(Json.write(expected))
          + " but was "
          + abbreviate(execution.output());
    }
    return null;
  }

  /** JSON equality by value: object key order is irrelevant and numbers compare numerically. */
  public static boolean sameValue(JsonNode expected, JsonNode actual) {
    return actual != null && expected.equals(BY_VALUE, actual);
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
  }
}
