package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.SucceedState;

/** Succeed: ends its scope with its (filtered) input. */
final class SucceedRunner {
  private SucceedRunner() {}

  static void start(Fiber f, SucceedState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    DataFlowSteps.Outcome o = DataFlowSteps.complete(f, s.io(), effective, null);
    f.exitTo(null, o.output(), o.assigned());
  }
}
