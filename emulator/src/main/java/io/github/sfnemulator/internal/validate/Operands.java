package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfnemulator.internal.model.Timestamps;
import io.github.sfnemulator.internal.validate.ChoiceOperators.Operand;

/** The operand of a comparison operator in a JSONPath choice rule. */
final class Operands {
  private Operands() {}

  static void check(
      String pointer, String operator, Operand operand, JsonNode value, DiagnosticSink out) {
    switch (operand) {
      case STRING -> {
        if (!value.isTextual()) {
          out.add(SchemaMessages.wrongType(pointer, operator, "a string", value));
        } else if (looksLikePath(value.textValue())) {
          out.add(RuleMessages.looksLikePath(pointer, operator, value.textValue()));
        }
      }
      case NUMBER -> {
        if (!value.isNumber()) {
          out.add(SchemaMessages.wrongType(pointer, operator, "a number", value));
        }
      }
      case BOOLEAN, TYPE_TEST -> {
        if (!value.isBoolean()) {
          out.add(SchemaMessages.wrongType(pointer, operator, "true or false", value));
        }
      }
      case TIMESTAMP -> {
        if (!value.isTextual()) {
          out.add(
              SchemaMessages.wrongType(pointer, operator, "an ISO-8601 timestamp string", value));
        } else if (!Timestamps.isValid(value.textValue())) {
          out.add(RuleMessages.invalidTimestamp(pointer, operator, value.textValue()));
        }
      }
      case PATH -> {
        if (!value.isTextual()) {
          out.add(
              SchemaMessages.wrongType(
                  pointer, operator, "a path string such as '$.field'", value));
        } else {
          // The interpreter compares against one node: the operand is a Reference Path.
          String problem = Expressions.referencePathProblem(value.textValue());
          if (problem != null) {
            out.add(RuleMessages.invalidPath(pointer, operator, problem));
          }
        }
      }
      default -> throw new IllegalArgumentException("not a comparison: " + operand);
    }
  }

  static boolean looksLikePath(String text) {
    return text.startsWith("$.")
        || text.startsWith("$$.")
        || text.startsWith("$[")
        || text.equals("$");
  }
}
