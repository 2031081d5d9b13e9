package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.ErrorEquals;
import java.util.ArrayList;
import java.util.List;

/** ErrorEquals matching for TestState's Retry and Catch verdicts, with AWS's wildcard rules. */
final class ErrorNames {
  private ErrorNames() {}

  /** Whether an entry of the {@code ErrorEquals} array matches {@code error}. */
  static boolean matches(JsonNode errorEquals, String error) {
    List<String> names = new ArrayList<>();
    errorEquals.forEach(entry -> names.add(entry.asText()));
    return ErrorEquals.matches(names, error);
  }

  /** The index of the first entry of a Retry or Catch array that matches, or -1. */
  static int firstMatch(JsonNode entries, String error) {
    for (int i = 0; i < entries.size(); i++) {
      if (matches(entries.get(i).path("ErrorEquals"), error)) {
        return i;
      }
    }
    return -1;
  }
}
