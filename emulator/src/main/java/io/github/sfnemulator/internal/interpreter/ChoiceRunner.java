package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.StatesErrors;
import io.github.sfnemulator.internal.model.ChoiceBranch;
import io.github.sfnemulator.internal.model.ChoiceState;

/** Choice: the first matching rule's Next, else Default, else States.NoChoiceMatched. */
final class ChoiceRunner {
  private ChoiceRunner() {}

  static void start(Fiber f, ChoiceState s) {
    JsonNode effective = DataFlowSteps.effectiveInput(f, s.io());
    StateScope scope = new StateScope(f, effective);
    for (ChoiceBranch branch : s.choices()) {
      if (ChoiceEvaluator.matches(branch.rule(), scope)) {
        DataFlowSteps.Outcome o =
            DataFlowSteps.complete(
                f,
                s.io(),
                effective,
                null,
                branch.assign() != null ? branch.assign() : s.io().assign(),
                branch.output() != null ? branch.output() : s.io().output());
        f.exitTo(branch.next(), o.output(), o.assigned());
        return;
      }
    }
    if (s.defaultNext() == null) {
      throw new TaskFailure(
          StatesErrors.NO_CHOICE_MATCHED,
          "No Matches! The Choice state '"
              + s.name()
              + "' has no rule that matches its input and no Default.");
    }
    DataFlowSteps.Outcome o = DataFlowSteps.complete(f, s.io(), effective, null);
    f.exitTo(s.defaultNext(), o.output(), o.assigned());
  }
}
