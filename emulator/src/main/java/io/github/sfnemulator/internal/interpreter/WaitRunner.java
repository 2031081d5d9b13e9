package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.error.StatesException;
import io.github.sfnemulator.internal.json.Json;
import io.github.sfnemulator.internal.model.Field;
import io.github.sfnemulator.internal.model.Timestamps;
import io.github.sfnemulator.internal.model.WaitState;
import java.time.Instant;

/** Wait: blocks the fiber on a timer until Seconds have passed or Timestamp is reached. */
final class WaitRunner {
  private WaitRunner() {}

  static void start(Fiber f, WaitState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    StateScope scope = new StateScope(f, effective);
    Instant due =
        s.seconds() != null ? afterSeconds(f, s.seconds(), scope) : at(s.timestamp(), scope);
    DataFlowSteps.Outcome o = DataFlowSteps.complete(f, s.io(), effective, null);
    f.blockUntil(due, new Exit(f, o));
  }

  /** Leaves the Wait state when its timer fires (a class: see {@link Events.StateEntered}). */
  private record Exit(Fiber f, DataFlowSteps.Outcome o) implements Runnable {
    @Override
    public void run() {
      f.exit(o.output(), o.assigned());
    }
  }

  private static Instant afterSeconds(Fiber f, Field field, StateScope scope) {
    JsonNode value = field.evaluate(scope);
    if (field.name().equals("SecondsPath")) {
      if (value == null) {
        throw StateErrors.noResults(field.source());
      }
      Long seconds = IntegerFields.integer(value);
      String shown =
          field.source() + " == " + (value.isTextual() ? value.textValue() : Json.write(value));
      if (seconds == null) {
        throw StateErrors.runtime(
            "The SecondsPath parameter cannot be parsed as a long value: " + shown);
      }
      if (seconds < 0) {
        throw StateErrors.runtime(
            "The SecondsPath parameter references a negative value: " + shown);
      }
      return Deadlines.afterSeconds(f.run.engine.now(), seconds);
    }
    long seconds = IntegerFields.evaluate(field, scope, 0);
    if (seconds < 0) {
      throw new StatesException(
          field.dynamic() ? StatesErrors.QUERY_EVALUATION_ERROR : StatesErrors.RUNTIME,
          "The Seconds field must not be negative: " + seconds,
          field.name());
    }
    return Deadlines.afterSeconds(f.run.engine.now(), seconds);
  }

  private static Instant at(Field field, StateScope scope) {
    JsonNode value = field.evaluate(scope);
    if (value == null) {
      throw StateErrors.noResults(field.source());
    }
    String text = value.isTextual() ? value.textValue() : Json.write(value);
    Instant due = value.isTextual() ? Timestamps.parse(text) : null;
    if (due != null) {
      return due;
    }
    if (field.name().equals("TimestampPath")) {
      throw StateErrors.runtime(
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
              + field.source()
              + " == "
              + text);
    }
    throw new StatesException(
        field.dynamic() ? StatesErrors.QUERY_EVALUATION_ERROR : StatesErrors.RUNTIME,
        "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
            + text,
        field.name());
  }
}
