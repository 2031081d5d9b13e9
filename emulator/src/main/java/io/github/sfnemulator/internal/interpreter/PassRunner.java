package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.DataFlow;
import io.github.sfnemulator.internal.model.PassState;

/** Pass: its result is Result, else Parameters, else its input. */
final class PassRunner {
  private PassRunner() {}

  static void start(Fiber f, PassState s) {
    DataFlow io = s.io();
    DataFlowSteps.Outcome o;
    if (s.common().isJsonata()) {
      o = DataFlowSteps.complete(f, io, f.rawInput, null);
    } else {
      JsonNode effective = DataFlowSteps.effectiveInput(f, io);
      JsonNode result =
          s.result() != null ? s.result() : DataFlowSteps.parameters(f, io.parameters(), effective);
      o = DataFlowSteps.complete(f, io, effective, result);
    }
    f.exit(o.output(), o.assigned());
  }
}
