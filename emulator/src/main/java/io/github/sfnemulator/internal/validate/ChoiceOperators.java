package io.github.sfnemulator.internal.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The comparison and boolean operators of JSONPath choice rules, with the operand each takes. */
final class ChoiceOperators {
  enum Operand {
    STRING,
    NUMBER,
    BOOLEAN,
    TIMESTAMP,
    PATH,
    /** Is* type tests take true or false. */
    TYPE_TEST,
    /** And, Or: a non-empty array of rules. */
    RULES,
    /** Not: one rule. */
    RULE
  }

  private static final Map<String, Operand> OPERATORS = new HashMap<>();

  static {
    List<String> comparisons =
        List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals");
    for (String comparison : comparisons) {
      OPERATORS.put("String" + comparison, Operand.STRING);
      OPERATORS.put("Numeric" + comparison, Operand.NUMBER);
      OPERATORS.put("Timestamp" + comparison, Operand.TIMESTAMP);
      OPERATORS.put("String" + comparison + "Path", Operand.PATH);
      OPERATORS.put("Numeric" + comparison + "Path", Operand.PATH);
      OPERATORS.put("Timestamp" + comparison + "Path", Operand.PATH);
    }
    OPERATORS.put("StringMatches", Operand.STRING);
    OPERATORS.put("BooleanEquals", Operand.BOOLEAN);
    OPERATORS.put("BooleanEqualsPath", Operand.PATH);
    for (String test :
        List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp")) {
      OPERATORS.put(test, Operand.TYPE_TEST);
    }
    OPERATORS.put("And", Operand.RULES);
    OPERATORS.put("Or", Operand.RULES);
    OPERATORS.put("Not", Operand.RULE);
  }

  private ChoiceOperators() {}

  /** The operand of {@code name}, or {@code null} when it is no operator. */
  static Operand operand(String name) {
    return OPERATORS.get(name);
  }
}
