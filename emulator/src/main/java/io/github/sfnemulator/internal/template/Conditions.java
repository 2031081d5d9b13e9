package io.github.sfnemulator.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** Evaluates the template's Conditions: Fn::Equals, Fn::And, Fn::Or, Fn::Not and Condition. */
final class Conditions {
  private final Intrinsics intrinsics;
  private final TemplateDocument template;
  private final Set<String> evaluating = new HashSet<>();

  Conditions(Intrinsics intrinsics, TemplateDocument template) {
    this.intrinsics = intrinsics;
    this.template = template;
  }

  /** Whether the condition {@code name} of the template's Conditions section holds. */
  boolean named(String name, Where where) {
    JsonNode condition = template.conditions().get(name);
    if (condition == null) {
      throw TemplateProblem.at(
          where, "Condition '" + name + "' is not in the template's Conditions. Fix the name.");
    }
    if (!evaluating.add(name)) {
      throw TemplateProblem.at(where, "Condition '" + name + "' depends on itself.");
    }
    try {
      return holds(condition, new Where(template.name(), null, "Conditions/" + name));
    } finally {
      evaluating.remove(name);
    }
  }

  private boolean holds(JsonNode condition, Where where) {
    if (condition.isObject() && condition.size() == 1) {
      String function = condition.properties().iterator().next().getKey();
      JsonNode argument = condition.get(function);
      if (function.equals("Condition") && argument.isTextual()) {
        return named(argument.textValue(), where);
      }
      return evaluate(function, argument, where.child(function));
    }
    JsonNode value = intrinsics.resolve(condition, where);
    if (value.isBoolean() || value.isTextual() && value.asText().matches("true|false")) {
      return value.asBoolean();
    }
    throw TemplateProblem.at(
        where,
        "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, not "
            + Intrinsics.describe(condition)
            + ".");
  }

  boolean evaluate(String function, JsonNode argument, Where where) {
    if (!argument.isArray()) {
      throw TemplateProblem.at(
          where, function + " needs a list, not " + Intrinsics.describe(argument) + ".");
    }
    switch (function) {
      case "Fn::Equals" -> {
        if (argument.size() != 2) {
          throw TemplateProblem.at(where, "Fn::Equals needs [value, value].");
        }
        JsonNode a = intrinsics.resolve(argument.get(0), where.child(0));
        JsonNode b = intrinsics.resolve(argument.get(1), where.child(1));
        return a.isValueNode() && b.isValueNode() ? a.asText().equals(b.asText()) : a.equals(b);
      }
      case "Fn::Not" -> {
        if (argument.size() != 1) {
          throw TemplateProblem.at(where, "Fn::Not needs [condition].");
        }
        return !holds(argument.get(0), where.child(0));
      }
      case "Fn::And", "Fn::Or" -> {
        boolean and = function.equals("Fn::And");
        for (int i = 0; i < argument.size(); i++) {
          if (holds(argument.get(i), where.child(i)) != and) {
            return !and;
          }
        }
        return and;
      }
      default -> throw TemplateProblem.at(where, function + " is not a condition function.");
    }
  }
}
