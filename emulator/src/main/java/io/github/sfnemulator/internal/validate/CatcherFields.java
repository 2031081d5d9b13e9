package io.github.sfnemulator.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The data fields of a catcher: ResultPath in JSONPath states, Output in JSONata, Assign in both.
 */
final class CatcherFields {
  private CatcherFields() {}

  static void check(
      StateContext state, String pointer, String field, JsonNode value, DiagnosticSink out) {
    switch (field) {
      case "ResultPath" -> {
        if (state.jsonata()) {
          out.add(SchemaMessages.jsonPathFieldInJsonataState(pointer, field, state.name()));
        } else {
          typed(pointer, field, FieldKind.RESULT_PATH, value, false, out);
        }
      }
      case "Output" -> {
        if (!state.jsonata()) {
          out.add(SchemaMessages.jsonataFieldInJsonPathState(pointer, field, state.name()));
        } else {
          typed(pointer, field, FieldKind.JSONATA_TEMPLATE, value, true, out);
        }
      }
      case "Assign" -> typed(pointer, field, FieldKind.TEMPLATE, value, state.jsonata(), out);
      case "Comment" -> typed(pointer, field, FieldKind.STRING, value, false, out);
      default -> {
        // ErrorEquals and Next are checked elsewhere
      }
    }
  }

  private static void typed(
      String pointer,
      String field,
      FieldKind kind,
      JsonNode value,
      boolean jsonata,
      DiagnosticSink out) {
    String expected = FieldTypes.mismatch(kind, value, jsonata);
    if (expected != null) {
      out.add(SchemaMessages.wrongType(pointer, field, expected, value));
      return;
    }
    String problem = Expressions.problem(kind, value, jsonata);
    if (problem != null) {
      out.add(RuleMessages.invalidExpression(pointer, field, problem));
    }
  }
}
