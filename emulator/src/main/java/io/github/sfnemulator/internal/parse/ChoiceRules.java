package io.github.sfnemulator.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.ChoiceRule;
import io.github.sfnemulator.internal.model.ComparisonOperator;
import io.github.sfnemulator.internal.query.jsonata.JsonType;
import io.github.sfnemulator.internal.query.jsonpath.PathExpression;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Parses a Choice rule: a comparison, And/Or/Not, or a JSONata Condition. */
final class ChoiceRules {
  private ChoiceRules() {}

  static ChoiceRule parse(JsonNode rule, FieldCompiler f) {
    if (rule.has("Condition")) {
      return new ChoiceRule.Condition(f.typedTemplate("Condition", JsonType.BOOLEAN));
    }
    if (rule.has("And")) {
      return new ChoiceRule.And(list(rule.get("And"), f, "And"));
    }
    if (rule.has("Or")) {
      return new ChoiceRule.Or(list(rule.get("Or"), f, "Or"));
    }
    if (rule.has("Not")) {
      return new ChoiceRule.Not(parse(rule.get("Not"), nested(f, rule.get("Not"), "Not")));
    }
    PathExpression variable = f.path("Variable", null);
    for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      boolean[] pathForm = new boolean[1];
      ComparisonOperator op = ComparisonOperator.fromAsl(name, pathForm);
      if (op != null) {
        JsonNode value = rule.get(name);
        PathExpression valuePath = pathForm[0] ? f.referencePath(name) : null;
        return new ChoiceRule.Comparison(variable, op, pathForm[0] ? null : value, valuePath);
      }
    }
    throw new ParseProblem(f.pointer(), "The Choice rule has no comparison operator.");
  }

  private static List<ChoiceRule> list(JsonNode array, FieldCompiler parent, String field) {
    List<ChoiceRule> rules = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      rules.add(parse(array.get(i), nested(parent, array.get(i), field + "/" + i)));
    }
    return rules;
  }

  private static FieldCompiler nested(FieldCompiler parent, JsonNode node, String suffix) {
    return new FieldCompiler(node, parent.pointer() + "/" + suffix, parent.language());
  }
}
