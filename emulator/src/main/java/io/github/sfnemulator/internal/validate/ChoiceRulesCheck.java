package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.json.Pointers;
import io.github.sfnemulator.internal.validate.ChoiceOperators.Operand;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Choice rules: at least one, each with exactly one known operator and an operand of the right
 * type, a valid Variable, Next on top-level rules only; JSONata rules use Condition instead.
 */
final class ChoiceRulesCheck implements Check {
  private static final Set<String> TOP_LEVEL_ONLY = Set.of("Next", "Assign", "Output");
  private static final List<String> JSONATA_RULE_FIELDS =
      List.of("Condition", "Next", "Comment", "Assign", "Output");

  @Override
  public void state(StateContext state, DiagnosticSink out) {
    JsonNode choices = state.get("Choices");
    if (!state.is("Choice") || choices == null || !choices.isArray()) {
      return;
    }
    if (choices.isEmpty()) {
      out.add(RuleMessages.emptyChoices(state.pointer("Choices"), state.name()));
    }
    for (int i = 0; i < choices.size(); i++) {
      String pointer = Pointers.child(state.pointer("Choices"), i);
      JsonNode rule = choices.get(i);
      if (!rule.isObject()) {
        out.add(SchemaMessages.wrongType(pointer, "Choices/" + i, "a choice rule object", rule));
      } else if (state.jsonata()) {
        jsonataRule(state, pointer, rule, out);
      } else {
        rule(pointer, rule, true, out);
        if (!rule.has("Next")) {
          out.add(RuleMessages.missingRuleNext(pointer));
        }
      }
    }
  }

  private static void jsonataRule(
      StateContext state, String pointer, JsonNode rule, DiagnosticSink out) {
    for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (field.equals("Variable") || ChoiceOperators.operand(field) != null) {
        out.add(
            SchemaMessages.jsonPathFieldInJsonataState(
                Pointers.child(pointer, field), field, state.name()));
      } else if (!JSONATA_RULE_FIELDS.contains(field)) {
        out.add(
            SchemaMessages.unknownField(
                Pointers.child(pointer, field), "a choice rule", field, JSONATA_RULE_FIELDS));
      }
    }
    if (!rule.has("Condition")) {
      out.add(RuleMessages.missingCondition(pointer));
    }
    for (String field : List.of("Condition", "Assign", "Output")) {
      String problem =
          rule.has(field) ? Expressions.problem(FieldKind.TEMPLATE, rule.get(field), true) : null;
      if (problem != null) {
        out.add(RuleMessages.invalidExpression(Pointers.child(pointer, field), field, problem));
      }
    }
    if (!rule.has("Next")) {
      out.add(RuleMessages.missingRuleNext(pointer));
    }
  }

  private static void rule(String pointer, JsonNode rule, boolean topLevel, DiagnosticSink out) {
    List<String> operators = new ArrayList<>();
    boolean unknownField = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = rule.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      String fieldPointer = Pointers.child(pointer, name);
      if (ChoiceOperators.operand(name) != null) {
        operators.add(name);
      } else if (TOP_LEVEL_ONLY.contains(name)) {
        if (!topLevel) {
          out.add(RuleMessages.fieldOnlyInTopLevelRule(fieldPointer, name));
        } else if (name.equals("Output")) {
          out.add(SchemaMessages.jsonataFieldInJsonPathState(fieldPointer, name, "(choice rule)"));
        }
      } else if (name.equals("Condition")) {
        out.add(SchemaMessages.jsonataFieldInJsonPathState(fieldPointer, name, "(choice rule)"));
      } else if (name.equals("Variable")) {
        variable(fieldPointer, field.getValue(), out);
      } else if (!name.equals("Comment")) {
        unknownField = true;
        out.add(RuleMessages.unknownRuleField(fieldPointer, name));
      }
    }
    if (operators.isEmpty()) {
      // A misspelt operator is already reported; "no operator" would only repeat it.
      if (!unknownField) {
        out.add(RuleMessages.noOperator(pointer));
      }
    } else if (operators.size() > 1) {
      out.add(RuleMessages.severalOperators(pointer, String.join(", ", operators)));
    } else {
      operator(pointer, rule, operators.get(0), out);
    }
  }

  private static void operator(String pointer, JsonNode rule, String operator, DiagnosticSink out) {
    Operand operand = ChoiceOperators.operand(operator);
    JsonNode value = rule.get(operator);
    String valuePointer = Pointers.child(pointer, operator);
    if (operand == Operand.RULES || operand == Operand.RULE) {
      if (rule.has("Variable")) {
        out.add(
            RuleMessages.variableWithBooleanOperator(
                Pointers.child(pointer, "Variable"), operator));
      }
      nested(valuePointer, operator, value, operand, out);
      return;
    }
    if (!rule.has("Variable")) {
      out.add(RuleMessages.operatorWithoutVariable(pointer, operator));
    }
    Operands.check(valuePointer, operator, operand, value, out);
  }

  private static void nested(
      String pointer, String operator, JsonNode value, Operand operand, DiagnosticSink out) {
    if (operand == Operand.RULE) {
      if (value.isObject()) {
        rule(pointer, value, false, out);
      } else {
        out.add(SchemaMessages.wrongType(pointer, operator, "a choice rule object", value));
      }
      return;
    }
    if (!value.isArray() || value.isEmpty()) {
      out.add(
          SchemaMessages.wrongType(pointer, operator, "a non-empty array of choice rules", value));
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      String itemPointer = Pointers.child(pointer, i);
      if (value.get(i).isObject()) {
        rule(itemPointer, value.get(i), false, out);
      } else {
        out.add(
            SchemaMessages.wrongType(
                itemPointer, operator + "/" + i, "a choice rule object", value.get(i)));
      }
    }
  }

  private static void variable(String pointer, JsonNode value, DiagnosticSink out) {
    if (!value.isTextual()) {
      out.add(
          SchemaMessages.wrongType(pointer, "Variable", "a path string such as '$.field'", value));
      return;
    }
    String problem = Expressions.pathProblem(value.textValue());
    if (problem != null) {
      out.add(RuleMessages.invalidPath(pointer, "Variable", problem));
    }
  }
}
