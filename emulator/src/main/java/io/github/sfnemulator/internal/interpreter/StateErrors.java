package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One factory per runtime error text the interpreter writes, worded as AWS words them. */
final class StateErrors {
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']*)']");

  private StateErrors() {}

  /** Prefixes where the failure happened, as AWS does for errors raised by a state's fields. */
  static TaskFailure located(Fiber fiber, StatesException e) {
    return new TaskFailure(
        e.error(),
        "An error occurred while executing the state '"
            + fiber.state.name()
            + "' (entered at the event id #"
            + fiber.enteredEventId
            + "). "
            + e.cause(),
        e.location(),
        null);
  }

  /** A path in InputPath, OutputPath, ItemsPath or a {@code *Path} field that selects nothing. */
  static StatesException noResults(String pathText) {
    return new StatesException(
        StatesErrors.RUNTIME,
        "Invalid path '" + pathText + "' : No results for path: " + normalized(pathText));
  }

  /** A Choice rule's Variable (other than for IsPresent) that selects nothing. */
  static StatesException choiceVariableMissing(String pathText) {
    return runtime(
        "Invalid path '"
            + pathText
            + "': The choice state's condition path references an invalid value.");
  }

  static StatesException runtime(String cause) {
    return new StatesException(StatesErrors.RUNTIME, cause);
  }

  /** A {@code *Path} field whose value is not an integer. */
  static StatesException notAnInteger(String field, JsonNode value, String pathText) {
    return notANumber(field, value, pathText, "integer");
  }

  static StatesException notANumber(String field, JsonNode value, String pathText, String kind) {
    return runtime(
        "The "
            + field
            + " field refers to value \""
            + (value.isTextual() ? value.textValue() : Json.write(value))
            + "\" which is not a valid "
            + kind
            + ": "
            + pathText);
  }

  /** Jayway's normalised form of a simple path: {@code $.a[0]} is {@code $['a'][0]}. */
  static String normalized(String path) {
    if (!path.startsWith("$")) {
      return path;
    }
    StringBuilder sb = new StringBuilder("$");
    Matcher m = SEGMENT.matcher(path);
    int at = 1;
    while (at < path.length() && m.find(at) && m.start() == at) {
      if (m.group(1) != null) {
        sb.append("['").append(m.group(1)).append("']");
      } else if (m.group(2) != null) {
        sb.append('[').append(m.group(2)).append(']');
      } else {
        sb.append("['").append(m.group(3)).append("']");
      }
      at = m.end();
    }
    return at == path.length() ? sb.toString() : path;
  }
}
