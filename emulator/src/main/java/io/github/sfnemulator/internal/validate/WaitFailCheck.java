package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.Timestamps;
import io.github.sfnemulator.internal.query.jsonata.JsonataTemplate;
import java.util.ArrayList;
import java.util.List;

/** A Wait has exactly one way to say how long; a Fail gives Error and Cause at most once each. */
final class WaitFailCheck implements Check {
  private static final List<String> WAIT_FIELDS =
      List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    if (state.is("Wait")) {
      List<String> present = new ArrayList<>();
      WAIT_FIELDS.stream().filter(state::has).forEach(present::add);
      if (present.size() != 1) {
        out.add(StateMessages.exactlyOneOf(state.pointer(), state.name(), WAIT_FIELDS, present));
      }
      JsonNode timestamp = state.get("Timestamp");
      if (timestamp != null
          && timestamp.isTextual()
          && !(state.jsonata() && JsonataTemplate.isExpression(timestamp))
          && !Timestamps.isValid(timestamp.textValue())) {
        out.add(
            RuleMessages.invalidTimestamp(
                state.pointer("Timestamp"), "Timestamp", timestamp.textValue()));
      }
    } else if (state.is("Fail")) {
      Exclusive.check(state, "Error", "ErrorPath", out);
      Exclusive.check(state, "Cause", "CausePath", out);
    }
  }
}
