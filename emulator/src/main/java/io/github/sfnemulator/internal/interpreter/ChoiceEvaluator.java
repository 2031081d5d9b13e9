package io.github.sfnemulator.internal.interpreter;

import io.github.sfnemulator.internal.model.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.ChoiceRule;
import io.github.sfnemulator.internal.model.ComparisonOperator;
import java.time.Instant;

/** Decides whether a Choice rule matches, with AWS's comparison semantics. */
final class ChoiceEvaluator {
  private ChoiceEvaluator() {}

  static boolean matches(ChoiceRule rule, StateScope scope) {
    if (rule instanceof ChoiceRule.And and) {
      for (ChoiceRule r : and.rules()) {
        if (!matches(r, scope)) {
          return false;
        }
      }
      return true;
    }
    if (rule instanceof ChoiceRule.Or or) {
      for (ChoiceRule r : or.rules()) {
        if (matches(r, scope)) {
          return true;
        }
      }
      return false;
    }
    if (rule instanceof ChoiceRule.Not not) {
      return !matches(not.rule(), scope);
    }
    if (rule instanceof ChoiceRule.Condition condition) {
      return condition.condition().evaluate(scope).booleanValue();
    }
    return compare((ChoiceRule.Comparison) rule, scope);
  }

  private static boolean compare(ChoiceRule.Comparison c, StateScope scope) {
    JsonNode actual = c.variable().find(scope);
    ComparisonOperator op = c.operator();
    if (op == ComparisonOperator.IS_PRESENT) {
      return (actual != null) == c.value().asBoolean();
    }
    if (actual == null) {
      throw StateErrors.choiceVariableMissing(c.variable().text());
    }
    JsonNode expected = c.value();
    if (c.valuePath() != null) {
      expected = c.valuePath().find(scope);
      if (expected == null) {
        throw StateErrors.noResults(c.valuePath().text());
      }
    }
    return switch (op.kind()) {
      case TYPE_TEST -> typeTest(op, actual) == expected.asBoolean();
      case STRING -> actual.isTextual() && expected.isTextual() && string(op, actual.textValue(), expected.textValue());
      case NUMBER -> actual.isNumber() && expected.isNumber() && number(op, actual.decimalValue().compareTo(expected.decimalValue()));
      case BOOLEAN -> actual.isBoolean() && expected.isBoolean() && actual.booleanValue() == expected.booleanValue();
      case TIMESTAMP -> timestamp(op, actual, expected);
    };
  }

  private static boolean typeTest(ComparisonOperator op, JsonNode v) {
    return switch (op) {
      case IS_NULL -> v.isNull();
      case IS_NUMERIC -> v.isNumber();
      case IS_STRING -> v.isTextual();
      case IS_BOOLEAN -> v.isBoolean();
      case IS_TIMESTAMP -> v.isTextual() && Timestamps.parse(v.textValue()) != null;
      default -> throw new IllegalArgumentException(op.aslName());
    };
  }

  private static boolean string(ComparisonOperator op, String a, String b) {
    if (op == ComparisonOperator.STRING_MATCHES) {
      return Wildcards.matches(b, a);
    }
    return number(op, Integer.signum(a.compareTo(b)));
  }

  private static boolean timestamp(ComparisonOperator op, JsonNode a, JsonNode b) {
    if (!a.isTextual() || !b.isTextual()) {
      return false;
    }
    Instant x = Timestamps.parse(a.textValue());
    Instant y = Timestamps.parse(b.textValue());
    return x != null && y != null && number(op, x.compareTo(y));
  }

  /** Applies an ordering operator to a comparison result. */
  private static boolean number(ComparisonOperator op, int cmp) {
    String name = op.aslName();
    if (name.endsWith("LessThanEquals")) {
      return cmp <= 0;
    }
    if (name.endsWith("GreaterThanEquals")) {
      return cmp >= 0;
    }
    if (name.endsWith("LessThan")) {
      return cmp < 0;
    }
    if (name.endsWith("GreaterThan")) {
      return cmp > 0;
    }
    return cmp == 0;
  }
}
