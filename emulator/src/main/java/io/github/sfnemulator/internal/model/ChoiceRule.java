package io.github.sfnemulator.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import java.util.List;

/** A boolean rule of a Choice state. */
public sealed interface ChoiceRule {

  /**
   * {@code Variable} compared with {@code value} (or the value at {@code valuePath} for the {@code
   * ...Path} operators).
   */
  record Comparison(
      PathExpression variable,
      ComparisonOperator operator,
      JsonNode value,
      PathExpression valuePath)
      implements ChoiceRule {}

  record And(List<ChoiceRule> rules) implements ChoiceRule {
    public And {
      rules = List.copyOf(rules);
    }
  }

  record Or(List<ChoiceRule> rules) implements ChoiceRule {
    public Or {
      rules = List.copyOf(rules);
    }
  }

  record Not(ChoiceRule rule) implements ChoiceRule {}

  /** A JSONata {@code Condition}. */
  record Condition(Field condition) implements ChoiceRule {}
}
