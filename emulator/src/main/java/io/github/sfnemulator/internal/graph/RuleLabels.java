package io.github.sfnemulator.internal.graph;

import io.github.sfnemulator.internal.model.ChoiceRule;
import io.github.sfnemulator.internal.model.Retrier;
import java.util.stream.Collectors;

/** Short texts for Choice rules and retriers, as drawn on edges and in boxes. */
final class RuleLabels {
  /** Longer labels are cut: the full rule is in the edge's tooltip. */
  static final int MAX = 48;

  private RuleLabels() {}

  static String rule(ChoiceRule rule) {
    return cut(full(rule));
  }

  static String full(ChoiceRule rule) {
    if (rule instanceof ChoiceRule.Comparison c) {
      String operand =
          c.valuePath() != null
              ? c.valuePath().text()
              : c.value() == null ? "" : " " + c.value().toString();
      String variable = c.variable() == null ? "" : c.variable().text() + " ";
      return variable + c.operator().aslName() + (c.valuePath() != null ? " " + operand : operand);
    }
    if (rule instanceof ChoiceRule.And a) {
      return a.rules().stream()
          .map(RuleLabels::full)
          .collect(Collectors.joining(" and ", "(", ")"));
    }
    if (rule instanceof ChoiceRule.Or o) {
      return o.rules().stream().map(RuleLabels::full).collect(Collectors.joining(" or ", "(", ")"));
    }
    if (rule instanceof ChoiceRule.Not n) {
      return "not " + full(n.rule());
    }
    if (rule instanceof ChoiceRule.Condition c) {
      return c.condition().source() == null ? "Condition" : c.condition().source();
    }
    return "rule";
  }

  static String retrier(Retrier r) {
    return "Retry " + String.join(", ", r.errorEquals()) + " ×" + r.maxAttempts();
  }

  static String cut(String text) {
    return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }
}
