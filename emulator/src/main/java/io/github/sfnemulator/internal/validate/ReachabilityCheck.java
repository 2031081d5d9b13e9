package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** Every machine needs a state that ends it, and every state must be reachable from StartAt. */
final class ReachabilityCheck implements Check {

  @Override
  public void machine(MachineContext machine, DiagnosticSink out) {
    JsonNode states = machine.states();
    if (states == null || states.isEmpty()) {
      return;
    }
    for (Iterator<JsonNode> it = states.elements(); it.hasNext(); ) {
      if (ends(it.next())) {
        return;
      }
    }
    out.add(FlowMessages.missingEndState(machine.pointer("States")));
  }

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    if (state.machine().validStartAt() != null
        && !state.machine().reachable().contains(state.name())) {
      out.add(FlowMessages.unreachable(state.pointer(), state.name()));
    }
  }

  private static boolean ends(JsonNode state) {
    String type = state.path("Type").asText();
    return type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false);
  }
}
