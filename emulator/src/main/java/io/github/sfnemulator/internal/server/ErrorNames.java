package io.github.sfnemulator.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;

/** ErrorEquals matching for TestState's Retry and Catch verdicts, with AWS's wildcard rules. */
final class ErrorNames {
  private ErrorNames() {}

  /** Whether an entry of the {@code ErrorEquals} array matches {@code error}. */
  static boolean matches(JsonNode errorEquals, String error) {
    for (JsonNode entry : errorEquals) {
      String name = entry.asText();
      if (name.equals(error)) {
        return true;
      }
      if (StatesErrors.ALL.equals(name) && !StatesErrors.RUNTIME.equals(error)) {
        return true;
      }
      if (StatesErrors.TASK_FAILED.equals(name)
          && !StatesErrors.TIMEOUT.equals(error)
          && !StatesErrors.RUNTIME.equals(error)) {
        return true;
      }
    }
    return false;
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
