package io.github.sfnemulator.internal.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.ChoiceRule;
import io.github.sfnemulator.internal.model.ComparisonOperator;
import io.github.sfnemulator.internal.model.Timestamps;
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
      case STRING ->
          actual.isTextual()
              && expected.isTextual()
              && string(op, actual.textValue(), expected.textValue());
      case NUMBER ->
          actual.isNumber() && expected.isNumber() && op.accepts(compareNumbers(actual, expected));
      case BOOLEAN ->
          actual.isBoolean()
              && expected.isBoolean()
              && actual.booleanValue() == expected.booleanValue();
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
    return op.accepts(Integer.signum(a.compareTo(b)));
  }

  private static boolean timestamp(ComparisonOperator op, JsonNode a, JsonNode b) {
    if (!a.isTextual() || !b.isTextual()) {
      return false;
    }
    Instant x = Timestamps.parse(a.textValue());
    Instant y = Timestamps.parse(b.textValue());
    return x != null && y != null && op.accepts(x.compareTo(y));
  }

  /** Numbers by value; integers that fit a long skip BigDecimal. */
  private static int compareNumbers(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber()
        && b.isIntegralNumber()
        && a.canConvertToLong()
        && b.canConvertToLong()) {
      return Long.compare(a.longValue(), b.longValue());
    }
    return a.decimalValue().compareTo(b.decimalValue());
  }
}
