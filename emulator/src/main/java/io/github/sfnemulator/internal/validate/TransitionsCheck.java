package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;

/**
 * Next and End: exactly one of them in states that continue, none in Succeed, Fail and Choice, and
 * every Next, Default and Catch target a state of the same machine.
 */
final class TransitionsCheck implements Check {

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    if (state.type() == null) {
      return;
    }
    switch (state.type()) {
      case "Succeed", "Fail", "Choice" -> terminal(state, out);
      default -> continuing(state, out);
    }
    if (state.is("Choice")) {
      target(state, state.get("Default"), state.pointer("Default"), "Default", out);
      targetsIn(state, "Choices", out);
    }
    targetsIn(state, "Catch", out);
  }

  private static void continuing(StateContext state, DiagnosticSink out) {
    JsonNode next = state.get("Next");
    boolean end = state.get("End") != null && state.get("End").asBoolean(false);
    if (next != null && end) {
      out.add(FlowMessages.bothNextAndEnd(state.pointer("End"), state.name()));
    } else if (next == null && !end) {
      out.add(FlowMessages.neitherNextNorEnd(state.pointer(), state.name()));
    }
    target(state, next, state.pointer("Next"), "Next", out);
  }

  private static void terminal(StateContext state, DiagnosticSink out) {
    for (String field : new String[] {"Next", "End"}) {
      if (state.has(field)) {
        out.add(
            FlowMessages.transitionInTerminalState(
                state.pointer(field), field, state.type(), state.name()));
      }
    }
  }

  private static void targetsIn(StateContext state, String list, DiagnosticSink out) {
    JsonNode items = state.get(list);
    if (items == null || !items.isArray()) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      String pointer = Pointers.child(Pointers.child(state.pointer(list), i), "Next");
      target(state, items.get(i).get("Next"), pointer, "Next", out);
    }
  }

  private static void target(
      StateContext state, JsonNode target, String pointer, String field, DiagnosticSink out) {
    if (target == null) {
      return;
    }
    if (!target.isTextual()) {
      out.add(SchemaMessages.wrongType(pointer, field, "a state name", target));
    } else if (state.machine().states() != null && !state.machine().hasState(target.textValue())) {
      out.add(
          FlowMessages.missingTarget(
              pointer, field, target.textValue(), state.machine().depth() > 0));
    }
  }
}
